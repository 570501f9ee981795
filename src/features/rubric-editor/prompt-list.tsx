import { useFieldArray, useFormContext } from 'react-hook-form';
import { LinesField, ListError, TextField } from './form-fields';
import { fieldId } from './field-path';
import { newPrompt } from './pack-templates';
import type { PackFormValues } from './pack-form-values';

export function PromptList({ moduleIndex }: { moduleIndex: number }) {
  const name = `modules.${moduleIndex}.prompts` as const;
  const { control } = useFormContext<PackFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <section aria-labelledby={`${fieldId(name)}-title`} className="editor-list">
      <h3 id={`${fieldId(name)}-title`} tabIndex={-1}>
        Prompts
      </h3>
      <div id={fieldId(name)} tabIndex={-1}>
        <ListError name={name} label="Prompts" />
      </div>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="editor-item">
          <legend>Prompt {index + 1}</legend>
          <TextField name={`${name}.${index}.question`} label="Question" multiline />
          <LinesField
            name={`${name}.${index}.followUps`}
            label="Follow-up questions"
            hint="One per line, asked when the first answer stays general."
          />
          <LinesField
            name={`${name}.${index}.listenFor`}
            label="Listen for"
            hint="One cue per line: what a strong (or a weak) answer says."
          />
          <button type="button" className="secondary" onClick={() => remove(index)}>
            Remove prompt {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => append(newPrompt(), { focusName: `${name}.${fields.length}.question` })}
      >
        Add a prompt
      </button>
    </section>
  );
}
