import { COST_SOURCE_NOTE, engagementView } from '../../domain/engagement';
import type { ReportModel } from '../../domain/report-model';
import { ReportSection, type HeadingLevel } from './report-section';

/** For a fractional or project consultant: what the engagement delivers and what it costs. */
export function EngagementSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const view = engagementView(report.track);
  if (!view) return null;
  return (
    <ReportSection title="The engagement" level={level} context={context}>
      <p>{view.summary}</p>
      <table className="data-table deliverables-table">
        <caption>Deliverables to expect from the consultant</caption>
        <thead>
          <tr>
            <th scope="col">Deliverable</th>
            <th scope="col">What it contains</th>
          </tr>
        </thead>
        <tbody>
          {view.deliverables.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{d.contains}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>Cost context.</strong> A {view.model.title.toLowerCase()} engagement typically costs{' '}
        <strong>{view.model.costText}</strong> ({view.model.bestFor.toLowerCase()}); a full-time
        hire costs {view.fullTime.costText}. {COST_SOURCE_NOTE}
      </p>
    </ReportSection>
  );
}
