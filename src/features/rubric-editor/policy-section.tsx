import { get, useController, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { TRACKS, type Track } from '../../domain/tracks';
import { firstMessage, ListError, NumberField } from './form-fields';
import { errorId, fieldId } from './field-path';
import type { PackFormValues } from './pack-form-values';

const TRACK_LABELS: Record<Track, string> = {
  'full-time': 'Full-time',
  fractional: 'Fractional',
  project: 'Project',
  self: 'Self-assessment',
};

type ModuleRef = { id: string; title: string };

function useModules(): ModuleRef[] {
  const { control } = useFormContext<PackFormValues>();
  const modules = useWatch({ control, name: 'modules' }) ?? [];
  return modules.map((module, index) => ({
    id: module?.id ?? '',
    title: module?.title?.trim() || `Module ${index + 1}`,
  }));
}

function RequiredModules({ modules }: { modules: ModuleRef[] }) {
  const { control } = useFormContext<PackFormValues>();
  const { field, fieldState } = useController({ control, name: 'verdictPolicy.requiredModules' });
  const selected = new Set(field.value ?? []);
  const name = 'verdictPolicy.requiredModules';
  return (
    <fieldset
      id={fieldId(name)}
      tabIndex={-1}
      aria-describedby={firstMessage(fieldState.error) ? errorId(name) : undefined}
    >
      <legend>Required modules</legend>
      <p className="field-hint">
        Without a score in each of these, the verdict is “insufficient evidence”.
      </p>
      <ListError name={name} label="Required modules" deep />
      {modules.map((module, index) => (
        <label key={`${module.id}-${index}`} className="checkbox">
          <input
            type="checkbox"
            checked={selected.has(module.id)}
            ref={index === 0 ? field.ref : undefined}
            onChange={(event) => {
              const next = modules
                .map((m) => m.id)
                .filter((id) => (id === module.id ? event.target.checked : selected.has(id)));
              field.onChange(next);
            }}
          />{' '}
          {module.title}
        </label>
      ))}
    </fieldset>
  );
}

function TrackWeights({ modules }: { modules: ModuleRef[] }) {
  const { control } = useFormContext<PackFormValues>();
  const { field } = useController({ control, name: 'trackWeights' });
  const { errors } = useFormState({ control, name: 'trackWeights' });
  const weights = field.value ?? {};
  const name = 'trackWeights';
  // A weight naming a module the pack no longer has cannot be shown in the grid.
  const moduleIds = new Set(modules.map((module) => module.id));
  const stray = Object.entries(weights).flatMap(([track, byModule]) =>
    Object.keys(byModule ?? {})
      .filter((moduleId) => !moduleIds.has(moduleId))
      .map((moduleId) => firstMessage(get(errors, `${name}.${track}.${moduleId}`)))
      .filter((problem) => problem !== null),
  )[0];

  function setWeight(track: Track, moduleId: string, text: string) {
    const forTrack = { ...(weights[track] ?? {}) };
    if (text === '') delete forTrack[moduleId];
    else forTrack[moduleId] = Number(text);
    field.onChange({ ...weights, [track]: forTrack });
  }

  return (
    <fieldset id={fieldId(name)} tabIndex={-1} className="track-weights">
      <legend>Track weights (optional)</legend>
      <p className="field-hint">
        For a candidate on a track, a weight here replaces the module&apos;s own weight. Leave a box
        empty to use the module&apos;s weight.
      </p>
      {stray && (
        <p className="field-error" id={errorId(name)}>
          Track weights: {stray.message}.
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Module</th>
            {TRACKS.map((track) => (
              <th key={track} scope="col">
                {TRACK_LABELS[track]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {modules.map((module, index) => (
            <tr key={`${module.id}-${index}`}>
              <th scope="row">{module.title}</th>
              {TRACKS.map((track) => {
                const path = `${name}.${track}.${module.id}`;
                const value = weights[track]?.[module.id];
                const error = firstMessage(get(errors, path))?.message;
                return (
                  <td key={track}>
                    <input
                      id={fieldId(path)}
                      type="number"
                      inputMode="decimal"
                      step="any"
                      min={0}
                      className="number-input"
                      aria-label={`${module.title}, ${TRACK_LABELS[track]} track weight`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId(path) : undefined}
                      value={value === undefined || Number.isNaN(value) ? '' : String(value)}
                      onChange={(event) => setWeight(track, module.id, event.target.value)}
                    />
                    {error && (
                      <span className="field-error" id={errorId(path)}>
                        {error}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

export function PolicySection() {
  const modules = useModules();
  return (
    <section aria-labelledby="policy-section-title" className="editor-section">
      <h2 id="policy-section-title">Verdict policy and weights</h2>
      <p className="muted">
        Scores run from 0 to 100. An architect needs both thresholds; a candidate below the
        mislabeled-engineer maximum on architecture is not an architect.
      </p>
      <div className="field-row">
        <NumberField
          name="verdictPolicy.architectMin"
          label="Architect minimum (architecture score)"
        />
        <NumberField name="verdictPolicy.engineeringMin" label="Engineering minimum" />
        <NumberField
          name="verdictPolicy.mislabeledArchitectureMax"
          label="Mislabeled-engineer maximum (architecture score)"
        />
        <NumberField name="verdictPolicy.minModules" label="Modules that must be scored" step="1" />
      </div>
      <RequiredModules modules={modules} />
      <TrackWeights modules={modules} />
    </section>
  );
}
