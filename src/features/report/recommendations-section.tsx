import type { RecommendationTally, ReportModel } from '../../domain/report-model';
import { ReportSection, type HeadingLevel } from './report-section';

const ROWS: [keyof RecommendationTally, string][] = [
  ['strong-yes', 'Strong yes'],
  ['yes', 'Yes'],
  ['no', 'No'],
  ['strong-no', 'Strong no'],
  ['none', 'None given'],
];

export function RecommendationsSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  return (
    <ReportSection title="Recommendations" level={level} context={context}>
      <table className="data-table">
        <caption className="visually-hidden">
          Recommendations on the submitted scorecards, tallied
        </caption>
        <thead>
          <tr>
            <th scope="col">Recommendation</th>
            <th scope="col">Scorecards</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{report.recommendations[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
