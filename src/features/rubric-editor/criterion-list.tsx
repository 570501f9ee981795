import { useFieldArray, useFormContext } from 'react-hook-form';
import { ListError, NumberField, SelectField, TextField } from './form-fields';
import { fieldId } from './field-path';
import { newCriterion, takenIds } from './pack-templates';
import type { PackFormValues } from './pack-form-values';

const SIGNAL_OPTIONS = [
  { value: 'architecture', label: 'Architecture' },
  { value: 'engineering', label: 'Engineering (can still go one level down)' },
] as const;

export const LEVEL_LABELS = [
  "Level 1: the mislabeled engineer's answer",
  'Level 2',
  'Level 3',
  "Level 4: the architect's answer",
] as const;

export function CriterionList({ moduleIndex }: { moduleIndex: number }) {
  const name = `modules.${moduleIndex}.criteria` as const;
  const { control, getValues } = useFormContext<PackFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <section aria-labelledby={`${fieldId(name)}-title`} className="editor-list">
      <h3 id={`${fieldId(name)}-title`}>Criteria</h3>
      <div id={fieldId(name)} tabIndex={-1}>
        <ListError name={name} label="Criteria" />
      </div>
      {fields.map((field, index) => {
        const path = `${name}.${index}`;
        return (
          <fieldset key={field.id} className="editor-item">
            <legend>Criterion {index + 1}</legend>
            <TextField name={`${path}.title`} label="Title" />
            <TextField
              name={`${path}.id`}
              label="Id"
              hint="Scorecards store ratings under this id; keep it to compare versions."
            />
            <div className="field-row">
              <SelectField name={`${path}.signal`} label="Signal" options={SIGNAL_OPTIONS} />
              <NumberField name={`${path}.weight`} label="Weight" />
            </div>
            <TextField name={`${path}.description`} label="Description (optional)" multiline />
            <fieldset className="levels-fieldset">
              <legend>Anchored levels (all four are required)</legend>
              <ListError name={`${path}.levels`} label="Levels" />
              {LEVEL_LABELS.map((label, level) => (
                <TextField key={level} name={`${path}.levels.${level}`} label={label} multiline />
              ))}
            </fieldset>
            <button type="button" className="secondary" onClick={() => remove(index)}>
              Remove criterion {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          const values = getValues();
          const prefix = values.modules[moduleIndex]?.id || 'criterion';
          append(newCriterion(takenIds(values).criteria, prefix, fields.length + 1), {
            focusName: `${name}.${fields.length}.title`,
          });
        }}
      >
        Add a criterion
      </button>
    </section>
  );
}
