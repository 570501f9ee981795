import type { ReportModel } from './report-model';

/**
 * Krippendorff's own reading of alpha: at or above 0.8 the ratings can be relied on; from
 * 0.667 they support tentative conclusions only; below that the panel is not yet measuring
 * the same thing, so its disagreements are settled before anyone decides.
 */
export const ALPHA_RELIABLE = 0.8;
export const ALPHA_TENTATIVE = 0.667;

export type AgreementLevel = 'reliable' | 'tentative' | 'settle-first' | 'unknown';

export type AgreementReading = { level: AgreementLevel; label: string; text: string };

/** Compared unrounded: 0.6668 is tentative even though it displays as 0.67. */
export function readAgreement(alpha: number | null): AgreementReading {
  if (alpha === null) {
    return {
      level: 'unknown',
      label: 'Not enough ratings',
      text: 'Agreement cannot be measured: fewer than two interviewers rated the same criteria, or every level given was the same.',
    };
  }
  if (alpha >= ALPHA_RELIABLE) {
    return {
      level: 'reliable',
      label: 'Reliable',
      text: 'The panel agrees closely (alpha at least 0.8): the scores can be relied on.',
    };
  }
  if (alpha >= ALPHA_TENTATIVE) {
    return {
      level: 'tentative',
      label: 'Tentative',
      text: 'The panel agrees only moderately (alpha from 0.667 to 0.8): treat the verdict as tentative and look at the disagreements.',
    };
  }
  return {
    level: 'settle-first',
    label: 'Settle the disagreements first',
    text: 'The panel does not agree well enough (alpha below 0.667): settle the disagreements in the debrief before deciding.',
  };
}

export type Confidence = 'high' | 'moderate' | 'low';

/**
 * A plain note on how far to trust the verdict, from the size of the panel, how much of the
 * rubric was observed and how well the panel agreed. Deliberately coarse: it tells a reader
 * where to look, not a number to argue about.
 */
export function confidenceNote(
  report: Pick<
    ReportModel,
    'submittedCount' | 'interviewers' | 'coverage' | 'agreement' | 'draftCount' | 'verdict'
  >,
): { confidence: Confidence; sentences: string[] } {
  const { observed, total } = report.coverage;
  const reading = readAgreement(report.agreement);
  const sentences: string[] = [];
  const panel = report.interviewers.length;
  sentences.push(
    panel === 0
      ? 'No interviewer has submitted a scorecard yet.'
      : `${panel} ${panel === 1 ? 'interviewer' : 'interviewers'} submitted ${report.submittedCount} ${report.submittedCount === 1 ? 'scorecard' : 'scorecards'}.`,
  );
  if (total > 0) {
    sentences.push(
      observed === total
        ? `Every one of the ${total} criteria was observed.`
        : `${observed} of ${total} criteria were observed; ${total - observed} were not, so the scores rest on less evidence.`,
    );
  }
  if (report.draftCount > 0) {
    sentences.push(
      `${report.draftCount} ${report.draftCount === 1 ? 'scorecard is' : 'scorecards are'} still a draft and not counted.`,
    );
  }
  if (panel >= 2) sentences.push(`Panel agreement: ${reading.label.toLowerCase()}.`);
  else if (panel === 1) sentences.push('With a single interviewer, agreement cannot be checked.');

  const coverage = total === 0 ? 0 : observed / total;
  let confidence: Confidence = 'moderate';
  if (
    report.verdict === 'insufficient-evidence' ||
    panel === 0 ||
    coverage < 0.5 ||
    reading.level === 'settle-first'
  ) {
    confidence = 'low';
  } else if (panel >= 2 && coverage >= 0.9 && reading.level === 'reliable') {
    confidence = 'high';
  }
  return { confidence, sentences };
}
