import type { Scorecard } from './scorecard-schema';

/**
 * How far, on average, an interviewer's level sits from the rest of their panel before
 * we call them lenient or severe. Half a level: one level apart on every second criterion.
 * Below that the difference is within the noise of a four-level scale.
 */
export const CALIBRATION_THRESHOLD = 0.5;

export type CalibrationReading = 'lenient' | 'severe' | 'in-line' | 'no-overlap';

export type InterviewerCalibration = {
  interviewer: string;
  /**
   * Mean over every criterion they rated alongside someone else of (their level − the mean of
   * the other panel members' levels); null when they never rated a criterion another
   * interviewer also rated.
   */
  meanDifference: number | null;
  /** How many such criterion ratings the mean is over. */
  comparisons: number;
  reading: CalibrationReading;
  submitted: number;
  /** Scorecards they started and left unsubmitted. */
  drafts: number;
};

export function readCalibration(meanDifference: number | null): CalibrationReading {
  if (meanDifference === null) return 'no-overlap';
  if (meanDifference > CALIBRATION_THRESHOLD) return 'lenient';
  if (meanDifference < -CALIBRATION_THRESHOLD) return 'severe';
  return 'in-line';
}

/**
 * Interviewer calibration across a cohort. Only submitted scorecards and non-null levels
 * count. A unit is one criterion of one candidate against one pack version; if an interviewer
 * somehow rated a unit twice, their levels are averaged first so they weigh as one person.
 * Sorted by interviewer name.
 */
export function computeCalibration(scorecards: readonly Scorecard[]): InterviewerCalibration[] {
  const units = new Map<string, Map<string, { sum: number; count: number }>>();
  const counts = new Map<string, { submitted: number; drafts: number }>();
  for (const card of scorecards) {
    let count = counts.get(card.interviewer);
    if (!count) counts.set(card.interviewer, (count = { submitted: 0, drafts: 0 }));
    if (card.status !== 'submitted') {
      count.drafts += 1;
      continue;
    }
    count.submitted += 1;
    for (const [criterionId, rating] of Object.entries(card.ratings)) {
      if (rating.level === null) continue;
      // JSON of the parts, so no id can contain a separator that joins two units.
      const key = JSON.stringify([card.candidateId, card.packId, card.packVersion, criterionId]);
      let byInterviewer = units.get(key);
      if (!byInterviewer) units.set(key, (byInterviewer = new Map()));
      const entry = byInterviewer.get(card.interviewer);
      if (entry) {
        entry.sum += rating.level;
        entry.count += 1;
      } else byInterviewer.set(card.interviewer, { sum: rating.level, count: 1 });
    }
  }

  const differences = new Map<string, { sum: number; count: number }>();
  for (const byInterviewer of units.values()) {
    if (byInterviewer.size < 2) continue;
    const levels = [...byInterviewer].map(([who, { sum, count }]) => [who, sum / count] as const);
    const total = levels.reduce((acc, [, level]) => acc + level, 0);
    for (const [who, level] of levels) {
      const othersMean = (total - level) / (levels.length - 1);
      const diff = differences.get(who) ?? { sum: 0, count: 0 };
      diff.sum += level - othersMean;
      diff.count += 1;
      differences.set(who, diff);
    }
  }

  return [...counts.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((interviewer) => {
      const diff = differences.get(interviewer);
      const meanDifference = diff ? diff.sum / diff.count : null;
      const { submitted, drafts } = counts.get(interviewer)!;
      return {
        interviewer,
        meanDifference,
        comparisons: diff?.count ?? 0,
        reading: readCalibration(meanDifference),
        submitted,
        drafts,
      };
    });
}
