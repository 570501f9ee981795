import type { ReportModel } from '../../domain/report-model';
import { formatScore } from '../../domain/verdict';
import { ReportSection, type HeadingLevel } from './report-section';

export function ModulesSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  return (
    <ReportSection title="Module scores" level={level} context={context}>
      <table className="data-table">
        <caption className="visually-hidden">Score of each interview module</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Weight</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {report.modules.map((m) => (
            <tr key={m.moduleId}>
              <th scope="row">{m.title}</th>
              <td>{m.weight}</td>
              <td>
                {m.score === null ? (
                  <span className="muted">not scored</span>
                ) : (
                  <>
                    <span className="score-bar" aria-hidden="true">
                      <span style={{ width: `${m.score}%` }} />
                    </span>{' '}
                    {formatScore(m.score)}
                    {m.moduleId === report.weakestModuleId && <strong> (weakest)</strong>}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
