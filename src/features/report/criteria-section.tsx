import type { ReportModel } from '../../domain/report-model';
import { formatScore } from '../../domain/verdict';
import { ReportSection, type HeadingLevel } from './report-section';

/** Every criterion with every interviewer's level and the evidence they wrote. */
export function CriteriaSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const Sub = level === 2 ? 'h3' : 'h4';
  const Item = level === 2 ? 'h4' : 'h5';
  return (
    <ReportSection title="Criteria and evidence" level={level} context={context}>
      {report.modules.map((module) => (
        <div key={module.moduleId} className="report-module">
          <Sub>{module.title}</Sub>
          {report.criteria
            .filter((c) => c.moduleId === module.moduleId)
            .map((c) => (
              <article
                key={c.criterionId}
                className="criterion-result"
                aria-label={`Criterion: ${c.title}`}
              >
                <Item>
                  {c.title} <span className={`badge badge-${c.signal}`}>{c.signal}</span>
                </Item>
                <p className="criterion-summary">
                  {c.level === null
                    ? 'Not observed by anyone.'
                    : `Mean level ${c.level.toFixed(1)} of 4, score ${formatScore(c.score!)}.`}
                </p>
                {c.ratings.length > 0 && (
                  <ul className="ratings">
                    {c.ratings.map((r) => (
                      <li key={r.scorecardId}>
                        <span className="rating-who">{r.interviewer}</span>,{' '}
                        <span className="rating-level">
                          {r.level === null ? 'not observed' : `level ${r.level}`}
                        </span>
                        :{' '}
                        {r.evidence.trim() === '' ? (
                          <span className="muted">no evidence written</span>
                        ) : (
                          <q className="evidence">{r.evidence}</q>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </article>
            ))}
        </div>
      ))}
    </ReportSection>
  );
}
