import type { ReportModel } from '../../domain/report-model';
import { ReportSection, type HeadingLevel } from './report-section';

const EFFECT_WORDS = { gate: 'gate: decides the verdict', warn: 'warning' } as const;

export function FlagsSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const modules = new Map(report.modules.map((m) => [m.moduleId, m.title]));
  return (
    <ReportSection title="Flags raised" level={level} context={context}>
      {report.flagsRaised.length === 0 ? (
        <p>No interviewer raised a flag.</p>
      ) : (
        <ul className="flag-list">
          {report.flagsRaised.map((f) => (
            <li key={f.flagId}>
              <strong>{f.label}</strong>{' '}
              <span className={`badge badge-${f.effect}`}>{EFFECT_WORDS[f.effect]}</span>
              <br />
              Raised by {f.raisedBy.join(', ')} in {modules.get(f.moduleId) ?? f.moduleId}.
            </li>
          ))}
        </ul>
      )}
    </ReportSection>
  );
}
