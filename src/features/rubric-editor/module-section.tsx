import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { MODULE_KINDS, type ModuleKind } from '../../domain/rubric-schema';
import { NumberField, SelectField, TextField } from './form-fields';
import { CriterionList } from './criterion-list';
import { FlagList } from './flag-list';
import { PromptList } from './prompt-list';
import { ScenarioList } from './scenario-list';
import type { PackFormValues } from './pack-form-values';

const KIND_LABELS: Record<ModuleKind, string> = {
  'failure-mode': 'Failure-mode question',
  'live-sketch': 'Live sketch',
  'doc-review': 'Document review',
  'cost-observability': 'Cost and observability',
  custom: 'Other (your own)',
};
const KIND_OPTIONS = MODULE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

export function ModuleSection({
  index,
  canRemove,
  onRemove,
}: {
  index: number;
  canRemove: boolean;
  onRemove: () => void;
}) {
  const { control } = useFormContext<PackFormValues>();
  const title = useWatch({ control, name: `modules.${index}.title` });
  const criteriaCount = useWatch({ control, name: `modules.${index}.criteria` })?.length ?? 0;
  const [confirming, setConfirming] = useState(false);
  const path = `modules.${index}`;
  const name = title?.trim() ? `“${title.trim()}”` : `module ${index + 1}`;

  return (
    <section aria-labelledby="module-section-title" className="editor-section">
      <h2 id="module-section-title">
        Module {index + 1}
        {title?.trim() ? `: ${title.trim()}` : ''}
      </h2>
      <TextField name={`${path}.title`} label="Title" />
      <div className="field-row">
        <SelectField name={`${path}.kind`} label="Kind" options={KIND_OPTIONS} />
        <TextField name={`${path}.id`} label="Id" />
      </div>
      <TextField
        name={`${path}.purpose`}
        label="Purpose (optional)"
        hint="Why this module exists and what tells an architect from an engineer here."
        multiline
      />
      <div className="field-row">
        <NumberField name={`${path}.weight`} label="Weight" />
        <NumberField name={`${path}.timeBudgetMinutes`} label="Time budget (minutes)" />
      </div>
      <PromptList moduleIndex={index} />
      <CriterionList moduleIndex={index} />
      <FlagList moduleIndex={index} />
      <ScenarioList moduleIndex={index} />
      {canRemove && (
        <div className="danger-zone">
          {confirming ? (
            <p role="group" aria-label="Confirm removing the module">
              Remove {name} with its {criteriaCount} criteria?{' '}
              <button type="button" className="danger" onClick={onRemove}>
                Yes, remove the module
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </p>
          ) : (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              Remove module {index + 1}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
