import type { Criterion } from '../../domain/rubric-schema';

const LEVEL_NAMES = ['Engineer', 'Emerging', 'Solid', 'Architect'] as const;

/** One criterion with its four anchored levels, level 1 (engineer) to level 4 (architect). */
export function CriterionLevels({ criterion }: { criterion: Criterion }) {
  const headingId = `criterion-${criterion.id}`;
  return (
    <section className="criterion" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {criterion.title}{' '}
        <span className={`badge badge-${criterion.signal}`}>
          {criterion.signal === 'architecture' ? 'Architecture' : 'Engineering'}
        </span>
      </h4>
      {criterion.description && <p className="muted">{criterion.description}</p>}
      <ol className="levels" aria-label={`Anchored levels of ${criterion.title}`}>
        {criterion.levels.map((text, index) => (
          <li key={index} className={`level level-${index + 1}`}>
            <span className="level-name">
              Level {index + 1} · {LEVEL_NAMES[index]}
            </span>{' '}
            {text}
          </li>
        ))}
      </ol>
    </section>
  );
}
