import type { ReportModel } from '../../domain/report-model';
import { AgreementSection } from './agreement-section';
import { CriteriaSection } from './criteria-section';
import { DisagreementsSection } from './disagreements-section';
import { EngagementSection } from './engagement-section';
import { FlagsSection } from './flags-section';
import { ModulesSection } from './modules-section';
import { PositionSection } from './position-section';
import { ProbeNextSection } from './probe-next-section';
import { RecommendationsSection } from './recommendations-section';
import { SketchSection } from './sketch-section';
import type { HeadingLevel } from './report-section';
import { VerdictSection } from './verdict-section';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function packLabel(report: ReportModel): string {
  return report.packId === null
    ? 'no rubric pack'
    : `${report.packTitle ?? report.packId}, version ${report.packVersion}`;
}

/**
 * One report against one pack version: the verdict first (what a committee reads), the
 * evidence last (what it checks).
 */
export function ReportView({ report, level }: { report: ReportModel; level: HeadingLevel }) {
  // Several reports on one page: name the pack version inside each heading.
  const context = level === 3 ? packLabel(report) : undefined;
  const props = { report, level, context };
  return (
    <>
      <p className="report-basis">
        Scored against {packLabel(report)}: {plural(report.submittedCount, 'submitted scorecard')}
        {report.draftCount > 0 && ` (${plural(report.draftCount, 'draft')} not counted)`}
        {report.interviewers.length > 0 && `, by ${report.interviewers.join(', ')}`}.
      </p>
      <VerdictSection {...props} />
      <PositionSection {...props} />
      <ModulesSection {...props} />
      <FlagsSection {...props} />
      <DisagreementsSection {...props} />
      <AgreementSection {...props} />
      <RecommendationsSection {...props} />
      <ProbeNextSection {...props} />
      <EngagementSection {...props} />
      <SketchSection {...props} />
      <CriteriaSection {...props} />
    </>
  );
}
