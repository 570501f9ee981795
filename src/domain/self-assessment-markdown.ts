import type { ReadinessReport } from './self-assessment';
import { escapeMarkdown } from './report-markdown-escape';
import { VERDICT_LABELS } from './verdict';

/** The readiness report as Markdown, for the candidate to keep. */
export function readinessMarkdown(readiness: ReadinessReport, date: string): string {
  const { report, plan, weakest } = readiness;
  const lines = [
    '# Interview readiness report',
    '',
    `Self-assessment of ${date}, against ${escapeMarkdown(report.packTitle ?? '')}. Private: these are your own ratings.`,
    '',
    `## Verdict your self-ratings would get: ${VERDICT_LABELS[report.verdict]}`,
    '',
    ...report.reasons.map((r) => `- ${escapeMarkdown(r)}`),
    '',
    `You rated ${readiness.rated} of ${readiness.total} criteria and answered ${readiness.answered} of ${readiness.prompts} prompts.`,
    '',
    '## Practise first',
    '',
    ...(plan.length === 0
      ? ['Nothing to practise yet: rate yourself on at least one criterion below level 4.']
      : plan.map(
          (item, i) =>
            `${i + 1}. **${escapeMarkdown(item.title)}** (${escapeMarkdown(item.moduleTitle)}): you are at level ${item.level}; impact ${item.impact}. Target: ${escapeMarkdown(item.target)}`,
        )),
    '',
    '## Weakest criteria',
    '',
    ...weakest.map(
      (item) =>
        `- **${escapeMarkdown(item.title)}**, level ${item.level}. Level 4 sounds like: ${escapeMarkdown(item.target)}`,
    ),
    '',
    ...sketchLines(readiness),
  ];
  return lines.join('\n');
}

// The drawing stays out: Markdown could only carry it as markup or a data URL, which a
// viewer may render unsafely. The report in the app shows it as an image.
function sketchLines({ sketches }: ReadinessReport): string[] {
  if (sketches.length === 0) return [];
  return [
    '## Practice sketches',
    '',
    ...sketches.map((sketch) => {
      const count = `${sketch.elements} ${sketch.elements === 1 ? 'element' : 'elements'}`;
      const scenario = sketch.scenarioTitle
        ? ` for the scenario “${escapeMarkdown(sketch.scenarioTitle)}”`
        : '';
      return `- **${escapeMarkdown(sketch.moduleTitle)}**: you drew a sketch of ${count}${scenario}.`;
    }),
    '',
    'The drawings are not in this file: open the readiness report in Archkit to see them.',
    '',
  ];
}
