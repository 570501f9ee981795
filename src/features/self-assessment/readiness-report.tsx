import type { RubricPack } from '../../domain/rubric-schema';
import type { SelfAssessment } from '../../domain/self-assessment-schema';
import { readinessReport } from '../../domain/self-assessment';
import { readinessMarkdown } from '../../domain/self-assessment-markdown';
import { VERDICT_LABELS } from '../../domain/verdict';
import { dateStamp, downloadText } from '../../ui/download';
import { PractisedSketches } from './practised-sketches';
import './self-assessment.css';

/** What the self-ratings would get, where the gaps are, and what to practise first. */
export function ReadinessReport({
  pack,
  assessment,
}: {
  pack: RubricPack;
  assessment: SelfAssessment;
}) {
  const readiness = readinessReport(pack, assessment);
  const { report, plan, weakest } = readiness;
  const first = plan.slice(0, 3);
  const rest = plan.slice(3);
  return (
    <section aria-labelledby="readiness-title" className="readiness-report">
      <h2 id="readiness-title">Readiness report</h2>
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          Print readiness report
        </button>{' '}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadText(
              `readiness-${dateStamp()}.md`,
              readinessMarkdown(readiness, dateStamp()),
              'text/markdown',
            )
          }
        >
          Export as Markdown
        </button>
      </p>
      <p>
        You rated {readiness.rated} of {readiness.total} criteria and answered {readiness.answered}{' '}
        of {readiness.prompts} prompts.
      </p>
      <h3>Verdict your self-ratings would get</h3>
      <p className="readiness-verdict">
        <strong>{VERDICT_LABELS[report.verdict]}</strong>
      </p>
      <ul aria-label="Why this verdict">
        {report.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>

      <h3 id="practise-first-title">Practise first</h3>
      {first.length === 0 ? (
        <p>Nothing to practise yet: rate yourself on the criteria of at least one module.</p>
      ) : (
        <ol aria-labelledby="practise-first-title">
          {first.map((item) => (
            <li key={item.criterionId}>
              <strong>{item.title}</strong> ({item.moduleTitle}): you are at level {item.level}. Aim
              for: {item.target}
            </li>
          ))}
        </ol>
      )}
      {rest.length > 0 && (
        <>
          <h3 id="practise-next-title">Then</h3>
          <ol start={4} aria-labelledby="practise-next-title">
            {rest.map((item) => (
              <li key={item.criterionId}>
                {item.title} ({item.moduleTitle}), level {item.level}
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="muted">
        Ordered by impact: the levels you would gain, times the criterion&apos;s weight, times the
        module&apos;s weight.
      </p>

      <h3>Weakest criteria</h3>
      {weakest.length === 0 ? (
        <p>No self-rating below level 4 yet.</p>
      ) : (
        <table className="data-table">
          <caption>Your weakest criteria and the level-4 target</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Your level</th>
              <th scope="col">Level 4 sounds like</th>
            </tr>
          </thead>
          <tbody>
            {weakest.map((item) => (
              <tr key={item.criterionId}>
                <th scope="row">{item.title}</th>
                <td>{item.level}</td>
                <td>{item.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <PractisedSketches pack={pack} assessment={assessment} />
    </section>
  );
}
