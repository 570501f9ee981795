import { useFieldArray, useFormContext } from 'react-hook-form';
import { LinesField, TextField } from './form-fields';
import { fieldId } from './field-path';
import { newScenario, takenIds } from './pack-templates';
import type { PackFormValues } from './pack-form-values';

/** Live-sketch scenarios the interviewer can pick from; optional in any module. */
export function ScenarioList({ moduleIndex }: { moduleIndex: number }) {
  const name = `modules.${moduleIndex}.scenarios` as const;
  const { control, getValues } = useFormContext<PackFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <section aria-labelledby={`${fieldId(name)}-title`} className="editor-list">
      <h3 id={`${fieldId(name)}-title`}>Sketch scenarios (optional)</h3>
      {fields.length === 0 && <p className="muted">No scenarios in this module.</p>}
      {fields.map((field, index) => {
        const path = `${name}.${index}`;
        return (
          <fieldset key={field.id} className="editor-item">
            <legend>Scenario {index + 1}</legend>
            <TextField name={`${path}.title`} label="Title" />
            <TextField name={`${path}.id`} label="Id" />
            <TextField name={`${path}.brief`} label="Brief read to the candidate" multiline />
            <LinesField name={`${path}.requirements`} label="Requirements" />
            <LinesField name={`${path}.strongAnswerCovers`} label="A strong answer covers" />
            <button type="button" className="secondary" onClick={() => remove(index)}>
              Remove scenario {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          append(newScenario(takenIds(getValues()).scenarios), {
            focusName: `${name}.${fields.length}.title`,
          })
        }
      >
        Add a scenario
      </button>
    </section>
  );
}
