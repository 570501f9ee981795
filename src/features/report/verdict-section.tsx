import type { ReportModel } from '../../domain/report-model';
import { VERDICT_LABELS } from '../../domain/verdict';
import { ReportSection, type HeadingLevel } from './report-section';

const VERDICT_MEANING: Record<ReportModel['verdict'], string> = {
  architect:
    'Designs AI systems: thinks in failure modes, trade-offs and costs, and can build them.',
  'mislabeled-engineer':
    'A capable engineer whose answers stay at the level of code and tools: the architect title does not hold.',
  borderline: 'Shows some architecture but not enough to decide: look at the weakest module.',
  'not-a-fit': 'Neither the architecture nor the engineering reached the bar.',
  'insufficient-evidence': 'Not enough of the rubric was scored to reach a verdict.',
};

/** The verdict in plain words, then the rule that decided it and every reason behind it. */
export function VerdictSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const [decided, ...rest] = report.reasons;
  return (
    <ReportSection title="Verdict" level={level} context={context} className="verdict-box">
      <p className={`verdict-chip verdict-${report.verdict} verdict-large`}>
        {VERDICT_LABELS[report.verdict]}
      </p>
      <p className="verdict-meaning">{VERDICT_MEANING[report.verdict]}</p>
      {decided && (
        <p className="verdict-rule">
          <strong>Why: </strong>
          {decided}
        </p>
      )}
      {rest.length > 0 && (
        <ul className="reasons" aria-label="Reasons">
          {rest.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      )}
    </ReportSection>
  );
}
