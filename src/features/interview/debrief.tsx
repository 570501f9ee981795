import type { RubricModule } from '../../domain/rubric-schema';
import type { Scorecard } from '../../domain/scorecard-schema';
import { isDisagreement, levelSpread } from '../../domain/disagreement';
import { RECOMMENDATION_LABELS } from './scorecard-form';

/** Every interviewer's submitted ratings side by side, disagreements highlighted. */
export function Debrief({ module, scorecards }: { module: RubricModule; scorecards: Scorecard[] }) {
  const submitted = scorecards
    .filter((card) => card.status === 'submitted')
    .sort((a, b) => a.interviewer.localeCompare(b.interviewer));
  const pending = scorecards
    .filter((card) => card.status !== 'submitted')
    .map((card) => card.interviewer);

  return (
    <section aria-labelledby="debrief-title" className="debrief">
      <h2 id="debrief-title">Debrief: the panel side by side</h2>
      {pending.length > 0 && <p className="muted">Still scoring: {pending.sort().join(', ')}.</p>}
      <div
        className="table-scroll-x"
        tabIndex={0}
        role="region"
        aria-label="Debrief table, scrollable"
      >
        <table className="data-table debrief-table">
          <caption className="visually-hidden">
            Levels given by each interviewer for {module.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {submitted.map((card) => (
                <th key={card.id} scope="col">
                  {card.interviewer}
                </th>
              ))}
              <th scope="col">Spread</th>
            </tr>
          </thead>
          <tbody>
            {module.criteria.map((criterion) => {
              const levels = submitted.map((card) => card.ratings[criterion.id]?.level ?? null);
              const rated = levels.filter((level) => level !== null).length;
              const disagree = isDisagreement(levels);
              return (
                <tr key={criterion.id} className={disagree ? 'disagreement' : undefined}>
                  <th scope="row">
                    {criterion.title}
                    {disagree && (
                      <span className="badge badge-gate"> Disagreement: settle in the debrief</span>
                    )}
                  </th>
                  {submitted.map((card, index) => (
                    <td key={card.id}>
                      {levels[index] === null ? (
                        <span className="muted">not observed</span>
                      ) : (
                        levels[index]
                      )}
                      {card.ratings[criterion.id]?.evidence && (
                        <q className="evidence-quote">{card.ratings[criterion.id]!.evidence}</q>
                      )}
                    </td>
                  ))}
                  <td>{rated > 1 ? levelSpread(levels) : '—'}</td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">Flags raised</th>
              {submitted.map((card) => (
                <td key={card.id}>
                  {card.flags
                    .map((id) => module.flags?.find((flag) => flag.id === id)?.label ?? id)
                    .join('; ') || '—'}
                </td>
              ))}
              <td />
            </tr>
            <tr>
              <th scope="row">Recommendation</th>
              {submitted.map((card) => (
                <td key={card.id}>
                  {card.recommendation ? RECOMMENDATION_LABELS[card.recommendation] : '—'}
                </td>
              ))}
              <td />
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
