import { useId } from 'react';
import type { RubricModule } from '../../domain/rubric-schema';
import type { Level } from '../../domain/scorecard-schema';
import { answerKey, type SelfAssessment } from '../../domain/self-assessment-schema';
import { SketchPractice } from './sketch-practice';

type Props = {
  module: RubricModule;
  assessment: SelfAssessment;
  update: (change: (current: SelfAssessment) => SelfAssessment) => void;
};

/** One module: its prompts to answer, its criteria to rate yourself on, and sketch practice. */
export function ModuleStep(props: Props) {
  const { module, assessment, update } = props;
  const base = useId();
  return (
    <section aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>{module.title}</h2>
      <p className="muted">About {module.timeBudgetMinutes} minutes in a real interview.</p>
      {module.purpose && <p>{module.purpose}</p>}

      <h3>Answer the prompts</h3>
      {module.prompts.map((prompt, i) => {
        const key = answerKey(module.id, i);
        const id = `${base}-answer-${i}`;
        return (
          <div className="field" key={key}>
            <p id={`${id}-q`}>
              <strong>Prompt {i + 1}.</strong> {prompt.question}
            </p>
            <label htmlFor={id}>Your answer to prompt {i + 1}</label>
            <textarea
              id={id}
              rows={4}
              aria-describedby={`${id}-q`}
              value={assessment.answers[key] ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                update((c) => ({ ...c, answers: { ...c.answers, [key]: value } }));
              }}
            />
          </div>
        );
      })}

      <SketchPractice {...props} />

      <h3>Rate yourself</h3>
      <p>
        Pick the level whose description matches what you would really say. Level 4 is an architect.
      </p>
      {module.criteria.map((criterion) => {
        const own = assessment.ratings[criterion.id] ?? { level: null, note: '' };
        const setRating = (change: Partial<typeof own>) =>
          update((c) => ({
            ...c,
            ratings: {
              ...c.ratings,
              [criterion.id]: {
                ...(c.ratings[criterion.id] ?? { level: null, note: '' }),
                ...change,
              },
            },
          }));
        const noteId = `${base}-${criterion.id}-note`;
        return (
          <fieldset key={criterion.id} className="field self-rating">
            <legend>{criterion.title}</legend>
            {criterion.levels.map((description, i) => {
              const level = (i + 1) as Level;
              return (
                <label key={level} className="radio">
                  <input
                    type="radio"
                    name={`${base}-${criterion.id}`}
                    value={level}
                    checked={own.level === level}
                    onChange={() => setRating({ level })}
                  />{' '}
                  Level {level}: {description}
                </label>
              );
            })}
            <label htmlFor={noteId}>Note on {criterion.title}</label>
            <textarea
              id={noteId}
              rows={2}
              value={own.note}
              onChange={(e) => setRating({ note: e.target.value })}
            />
          </fieldset>
        );
      })}
    </section>
  );
}
