import type { ReportModel } from '../../domain/report-model';
import { ReportSection, type HeadingLevel } from './report-section';

/** Criteria rated 2 or more levels apart: what the debrief must settle. */
export function DisagreementsSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const modules = new Map(report.modules.map((m) => [m.moduleId, m.title]));
  const criteria = new Map(report.criteria.map((c) => [c.criterionId, c]));
  return (
    <ReportSection title="Disagreements to settle" level={level} context={context}>
      {report.disagreements.length === 0 ? (
        <p>None: no criterion has levels 2 or more apart.</p>
      ) : (
        <>
          <p>
            The panel rated these criteria 2 or more levels apart. Hear each interviewer&apos;s
            evidence in the debrief before deciding.
          </p>
          <ul className="disagreement-list">
            {report.disagreements.map((d) => (
              <li key={d.criterionId}>
                <strong>{d.title}</strong> ({modules.get(d.moduleId) ?? d.moduleId}):{' '}
                {(criteria.get(d.criterionId)?.ratings ?? [])
                  .filter((r) => r.level !== null)
                  .map((r) => `${r.interviewer} ${r.level}`)
                  .join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </ReportSection>
  );
}
