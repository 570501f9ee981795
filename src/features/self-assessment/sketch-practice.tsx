import { useId, useState } from 'react';
import type { RubricModule } from '../../domain/rubric-schema';
import type { SelfAssessment } from '../../domain/self-assessment-schema';
import type { SketchDrawing } from '../../domain/sketch-schema';
import { SketchCanvasLoader } from '../../ui/sketch/sketch-canvas-loader';
import { CountdownTimer } from './countdown-timer';

type Props = {
  module: RubricModule;
  assessment: SelfAssessment;
  update: (change: (current: SelfAssessment) => SelfAssessment) => void;
};

/** The drawings with this module's replaced, or removed when the canvas was cleared. */
function withDrawing(
  drawings: SelfAssessment['sketchDrawings'],
  moduleId: string,
  drawing: SketchDrawing,
): NonNullable<SelfAssessment['sketchDrawings']> {
  const { [moduleId]: _previous, ...others } = drawings ?? {};
  return drawing.elements.length > 0 ? { ...others, [moduleId]: drawing } : others;
}

/** A scenario, the module's time budget and the interview's canvas, to rehearse the sketch. */
export function SketchPractice({ module, assessment, update }: Props) {
  const scenarios = module.scenarios ?? [];
  // The scenario chosen last time, while the module still has it; else the first.
  const saved = assessment.sketchScenarios?.[module.id];
  const scenario = scenarios.find((s) => s.id === saved) ?? scenarios[0];
  // Read once: the canvas keeps its own state and reports changes.
  const [initialDrawing] = useState(() => assessment.sketchDrawings?.[module.id] ?? null);
  const selectId = useId();
  const notesId = useId();
  if (scenarios.length === 0) return null;
  return (
    <section aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`}>Practise the live sketch</h3>
      <div className="field">
        <label htmlFor={selectId}>Scenario</label>
        <select
          id={selectId}
          value={scenario?.id ?? ''}
          onChange={(e) => {
            const value = e.target.value;
            update((c) => ({
              ...c,
              sketchScenarios: { ...c.sketchScenarios, [module.id]: value },
            }));
          }}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      {scenario && (
        <>
          <p>{scenario.brief}</p>
          {scenario.requirements && scenario.requirements.length > 0 && (
            <ul aria-label="Requirements">
              {scenario.requirements.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <CountdownTimer minutes={module.timeBudgetMinutes} />
      <section className="self-sketch-drawing" aria-label="Drawing canvas">
        <h4>Drawing</h4>
        <SketchCanvasLoader
          initial={initialDrawing}
          unavailable="Write your design in the sketch notes below; they are saved in this browser."
          onDrawingChange={(drawing) =>
            update((c) => ({
              ...c,
              sketchDrawings: withDrawing(c.sketchDrawings, module.id, drawing),
              // The scenario on screen, recorded even if never changed: the report names it.
              ...(scenario && {
                sketchScenarios: { ...c.sketchScenarios, [module.id]: scenario.id },
              }),
            }))
          }
        />
      </section>
      <div className="field">
        <label htmlFor={notesId}>Sketch notes</label>
        <textarea
          id={notesId}
          rows={8}
          value={assessment.sketchNotes[module.id] ?? ''}
          onChange={(e) => {
            const value = e.target.value;
            update((c) => ({ ...c, sketchNotes: { ...c.sketchNotes, [module.id]: value } }));
          }}
        />
      </div>
    </section>
  );
}
