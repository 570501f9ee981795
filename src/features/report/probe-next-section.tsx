import { probeNext } from '../../domain/probe-next';
import type { ReportModel } from '../../domain/report-model';
import { formatScore } from '../../domain/verdict';
import { ReportSection, type HeadingLevel } from './report-section';

/** Where a follow-up conversation would learn the most. */
export function ProbeNextSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const probe = probeNext(report);
  const nothing =
    !probe.weakest &&
    probe.unscoredModules.length === 0 &&
    probe.notObserved.length === 0 &&
    probe.disagreements.length === 0;
  return (
    <ReportSection title="What to probe next" level={level} context={context}>
      {nothing ? (
        <p>Nothing to probe: no module has been scored yet. Run the interviews first.</p>
      ) : (
        <ul className="probe-list">
          {probe.weakest && (
            <li>
              <strong>The weakest module, {probe.weakest.title}</strong> (
              {formatScore(probe.weakest.score)}): go deeper on{' '}
              {probe.weakest.criteria
                .map((c) => `${c.title} (${formatScore(c.score!)})`)
                .join(', ')}
              .
            </li>
          )}
          {probe.unscoredModules.length > 0 && (
            <li>
              <strong>Interviews not yet scored:</strong>{' '}
              {probe.unscoredModules.map((m) => m.title).join(', ')}.
            </li>
          )}
          {probe.notObserved.map((m) => (
            <li key={m.moduleId}>
              <strong>Nobody scored, in {m.title}:</strong>{' '}
              {m.criteria.map((c) => c.title).join(', ')}.
            </li>
          ))}
          {probe.disagreements.length > 0 && (
            <li>
              <strong>Ask again where the panel split:</strong>{' '}
              {probe.disagreements.map((d) => d.title).join(', ')}.
            </li>
          )}
          {probe.notObserved.length === 0 && probe.unscoredModules.length === 0 && (
            <li>Every criterion was scored by at least one interviewer.</li>
          )}
        </ul>
      )}
    </ReportSection>
  );
}
