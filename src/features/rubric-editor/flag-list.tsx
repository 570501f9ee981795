import { useFieldArray, useFormContext } from 'react-hook-form';
import { SelectField, TextField } from './form-fields';
import { fieldId } from './field-path';
import { newFlag, takenIds } from './pack-templates';
import type { PackFormValues } from './pack-form-values';

const EFFECT_OPTIONS = [
  { value: 'warn', label: 'Warning: shown in the report' },
  { value: 'gate', label: 'Gate: blocks an architect verdict' },
] as const;

export function FlagList({ moduleIndex }: { moduleIndex: number }) {
  const name = `modules.${moduleIndex}.flags` as const;
  const { control, getValues } = useFormContext<PackFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <section aria-labelledby={`${fieldId(name)}-title`} className="editor-list">
      <h3 id={`${fieldId(name)}-title`}>Flags</h3>
      {fields.length === 0 && <p className="muted">No flags in this module.</p>}
      {fields.map((field, index) => {
        const path = `${name}.${index}`;
        return (
          <fieldset key={field.id} className="editor-item">
            <legend>Flag {index + 1}</legend>
            <TextField name={`${path}.label`} label="Label" />
            <TextField name={`${path}.id`} label="Id" />
            <SelectField name={`${path}.effect`} label="Effect" options={EFFECT_OPTIONS} />
            <TextField name={`${path}.description`} label="Description (optional)" multiline />
            <button type="button" className="secondary" onClick={() => remove(index)}>
              Remove flag {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          append(newFlag(takenIds(getValues()).flags), {
            focusName: `${name}.${fields.length}.label`,
          })
        }
      >
        Add a flag
      </button>
    </section>
  );
}
