import { confidenceNote, readAgreement } from '../../domain/agreement-reading';
import type { ReportModel } from '../../domain/report-model';
import { ReportSection, type HeadingLevel } from './report-section';

const CONFIDENCE_WORDS = { high: 'High', moderate: 'Moderate', low: 'Low' } as const;

/** Krippendorff's alpha with its plain reading, coverage, and how far to trust the verdict. */
export function AgreementSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const reading = readAgreement(report.agreement);
  const note = confidenceNote(report);
  const modules = new Map(report.modules.map((m) => [m.moduleId, m.title]));
  const { observed, total, notObserved } = report.coverage;
  return (
    <ReportSection title="Panel agreement and confidence" level={level} context={context}>
      <dl className="figures">
        <div>
          <dt>Agreement (Krippendorff&apos;s alpha, ordinal)</dt>
          <dd>
            <strong>{report.agreement === null ? '—' : report.agreement.toFixed(2)}</strong>{' '}
            {reading.label}
          </dd>
        </div>
        <div>
          <dt>Coverage</dt>
          <dd>
            <strong>
              {observed} of {total}
            </strong>{' '}
            criteria observed
          </dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>
            <strong>{CONFIDENCE_WORDS[note.confidence]}</strong>
          </dd>
        </div>
      </dl>
      <p>{reading.text}</p>
      <p>{note.sentences.join(' ')}</p>
      {notObserved.length > 0 && (
        <>
          <p>Not observed by anyone:</p>
          <ul className="compact-list">
            {notObserved.map((c) => (
              <li key={c.criterionId}>
                {c.title} ({modules.get(c.moduleId) ?? c.moduleId})
              </li>
            ))}
          </ul>
        </>
      )}
    </ReportSection>
  );
}
