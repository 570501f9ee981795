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
 * One candidate's share of the calibration of each interviewer who scored them: a cohort's
 * calibration is the sum of its candidates' tallies, so each can be kept with the candidate.
 */
export type CalibrationTally = {
  interviewer: string;
  /** Sum over the units they rated alongside someone else of (their level − the others' mean). */
  sumDifference: number;
  comparisons: number;
  submitted: number;
  drafts: number;
};

/**
 * The tallies of a set of scorecards. Only submitted scorecards and non-null levels count. A
 * unit is one criterion of one candidate against one pack version; if an interviewer somehow
 * rated a unit twice, their levels are averaged first so they weigh as one person.
 */
export function tallyCalibration(scorecards: readonly Scorecard[]): CalibrationTally[] {
  const units = new Map<string, Map<string, { sum: number; count: number }>>();
  const tallies = new Map<string, CalibrationTally>();
  for (const card of scorecards) {
    let tally = tallies.get(card.interviewer);
    if (!tally) {
      tally = {
        interviewer: card.interviewer,
        sumDifference: 0,
        comparisons: 0,
        submitted: 0,
        drafts: 0,
      };
      tallies.set(card.interviewer, tally);
    }
    if (card.status !== 'submitted') {
      tally.drafts += 1;
      continue;
    }
    tally.submitted += 1;
    for (const [criterionId, rating] of Object.entries(card.ratings)) {
      if (rating.level === null) continue;
      // Each id prefixed by its length, so no id can contain a separator that joins two units
      // (and 720,000 ratings are keyed in a tenth of the time JSON.stringify took).
      const key = `${card.candidateId.length}:${card.candidateId}${card.packId.length}:${card.packId}${card.packVersion}:${criterionId}`;
      let byInterviewer = units.get(key);
      if (!byInterviewer) units.set(key, (byInterviewer = new Map()));
      const entry = byInterviewer.get(card.interviewer);
      if (entry) {
        entry.sum += rating.level;
        entry.count += 1;
      } else byInterviewer.set(card.interviewer, { sum: rating.level, count: 1 });
    }
  }
  for (const byInterviewer of units.values()) {
    if (byInterviewer.size < 2) continue;
    const levels = [...byInterviewer].map(([who, { sum, count }]) => [who, sum / count] as const);
    const total = levels.reduce((acc, [, level]) => acc + level, 0);
    for (const [who, level] of levels) {
      const tally = tallies.get(who)!;
      tally.sumDifference += level - (total - level) / (levels.length - 1);
      tally.comparisons += 1;
    }
  }
  return [...tallies.values()];
}

/** Interviewer calibration from tallies (of candidates, or of any sets of scorecards), by name. */
export function combineCalibration(tallies: Iterable<CalibrationTally>): InterviewerCalibration[] {
  const totals = new Map<string, CalibrationTally>();
  for (const tally of tallies) {
    const total = totals.get(tally.interviewer);
    if (!total) totals.set(tally.interviewer, { ...tally });
    else {
      total.sumDifference += tally.sumDifference;
      total.comparisons += tally.comparisons;
      total.submitted += tally.submitted;
      total.drafts += tally.drafts;
    }
  }
  return [...totals.values()]
    .sort((a, b) => a.interviewer.localeCompare(b.interviewer))
    .map(({ interviewer, sumDifference, comparisons, submitted, drafts }) => {
      const meanDifference = comparisons > 0 ? sumDifference / comparisons : null;
      return {
        interviewer,
        meanDifference,
        comparisons,
        reading: readCalibration(meanDifference),
        submitted,
        drafts,
      };
    });
}

/** Interviewer calibration across a cohort's scorecards. */
export function computeCalibration(scorecards: readonly Scorecard[]): InterviewerCalibration[] {
  return combineCalibration(tallyCalibration(scorecards));
}
