import type { Track } from './common-schema';
import { COST_SOURCE_NOTE, engagementView } from './engagement';
import type { ReportModel } from './report-model';
import { escapeMarkdown as md } from './report-markdown-escape';
import type { Recommendation } from './scorecard-schema';
import { formatScore, VERDICT_LABELS } from './verdict';

const TRACK_WORDS: Record<Track, string> = {
  'full-time': 'full-time',
  fractional: 'fractional consultant',
  project: 'project engagement',
  self: 'self-assessment',
};

const RECOMMENDATION_WORDS: [Recommendation | 'none', string][] = [
  ['strong-yes', 'Strong yes'],
  ['yes', 'Yes'],
  ['no', 'No'],
  ['strong-no', 'Strong no'],
  ['none', 'None given'],
];

const score = (value: number | null, unknown = 'unknown') =>
  value === null ? unknown : formatScore(value);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The Markdown document of one report: the same text from the command line and from the
 * app's export, so it holds nothing that depends on when or where it is made.
 */
export function reportToMarkdown(report: ReportModel): string {
  const lines: string[] = [];
  const claimed = report.claimedTitle ? `, claimed title: ${md(report.claimedTitle)}` : '';
  lines.push(`# ${md(report.candidateName)} (${TRACK_WORDS[report.track]})${claimed}`, '');
  const pack =
    report.packId === null
      ? 'no rubric pack'
      : `rubric pack ${report.packTitle === null ? '' : `${md(report.packTitle)} `}(${md(report.packId)}) version ${report.packVersion}`;
  const drafts =
    report.draftCount > 0 ? ` (${plural(report.draftCount, 'draft')} not counted)` : '';
  const who =
    report.interviewers.length > 0 ? `, by ${report.interviewers.map(md).join(', ')}` : '';
  lines.push(
    `Scored against ${pack}: ${plural(report.submittedCount, 'submitted scorecard')}${drafts}${who}.`,
    '',
  );

  lines.push(`## Verdict: ${VERDICT_LABELS[report.verdict]}`, '');
  for (const reason of report.reasons) lines.push(`- ${md(reason)}`);
  lines.push('');

  lines.push('## Scores', '', '| Measure | Value |', '| --- | ---: |');
  lines.push(`| Architecture | ${score(report.architectureScore)} |`);
  lines.push(`| Engineering | ${score(report.engineeringScore)} |`);
  const alpha = report.agreement === null ? 'not enough ratings' : report.agreement.toFixed(2);
  lines.push(`| Agreement (Krippendorff's alpha, ordinal) | ${alpha} |`, '');

  if (report.modules.length > 0) {
    lines.push('## Modules', '', '| Module | Weight | Score |', '| --- | ---: | ---: |');
    for (const m of report.modules) {
      const weakest = m.moduleId === report.weakestModuleId ? ' (weakest)' : '';
      lines.push(`| ${md(m.title)} | ${m.weight} | ${score(m.score, 'not scored')}${weakest} |`);
    }
    lines.push('', '## Criteria');
    for (const m of report.modules) {
      lines.push('', `### ${md(m.title)}`, '');
      for (const c of report.criteria) {
        if (c.moduleId !== m.moduleId) continue;
        const result =
          c.level === null
            ? 'not observed'
            : `level ${c.level.toFixed(1)}, score ${score(c.score)}`;
        lines.push(`- **${md(c.title)}** (${c.signal}): ${result}`);
        for (const r of c.ratings) {
          const level = r.level === null ? 'not observed' : `level ${r.level}`;
          const evidence = r.evidence.trim() === '' ? 'no evidence written' : `“${md(r.evidence)}”`;
          lines.push(`  - ${md(r.interviewer)}, ${level}: ${evidence}`);
        }
      }
    }
    lines.push('');
  }

  lines.push('## Flags raised', '');
  if (report.flagsRaised.length === 0) lines.push('None.');
  for (const f of report.flagsRaised) {
    lines.push(`- **${md(f.label)}** (${f.effect}), raised by ${f.raisedBy.map(md).join(', ')}`);
  }
  lines.push('', '## Disagreements', '');
  if (report.disagreements.length === 0)
    lines.push('None: no criterion has levels 2 or more apart.');
  for (const d of report.disagreements)
    lines.push(`- **${md(d.title)}**: levels ${d.levels.join(', ')}`);

  lines.push('', '## Recommendations', '', '| Recommendation | Count |', '| --- | ---: |');
  for (const [key, word] of RECOMMENDATION_WORDS)
    lines.push(`| ${word} | ${report.recommendations[key]} |`);

  const { observed, total, notObserved } = report.coverage;
  lines.push(
    '',
    '## Coverage',
    '',
    `${observed} of ${total} ${total === 1 ? 'criterion' : 'criteria'} observed.`,
  );
  if (notObserved.length > 0) {
    lines.push('', 'Not observed:', '');
    const titles = new Map(report.modules.map((m) => [m.moduleId, m.title]));
    for (const c of notObserved)
      lines.push(`- **${md(c.title)}** (${md(titles.get(c.moduleId) ?? c.moduleId)})`);
  }
  lines.push(...engagementLines(report));
  return `${lines.join('\n')}\n`;
}

/** For fractional and project consultants: what the engagement must deliver, and its cost. */
function engagementLines(report: ReportModel): string[] {
  const view = engagementView(report.track);
  if (!view) return [];
  const lines = [
    '',
    '## The engagement',
    '',
    md(view.summary),
    '',
    '| Deliverable | What it contains |',
    '|---|---|',
  ];
  for (const deliverable of view.deliverables)
    lines.push(`| ${md(deliverable.title)} | ${md(deliverable.contains)} |`);
  lines.push(
    '',
    `Typical cost: ${md(view.model.title)} ${md(view.model.costText)}; a full-time hire ${md(view.fullTime.costText)}. ${md(COST_SOURCE_NOTE)}`,
  );
  return lines;
}

/** Several reports in one document, separated by a rule. */
export function reportsToMarkdown(reports: readonly ReportModel[]): string {
  return reports.map(reportToMarkdown).join('\n---\n\n');
}
