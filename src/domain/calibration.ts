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
  // A unit's levels by interviewer. Units are found through their candidate and pack version,
  // then their criterion: one key string per card instead of one per rating (720,000 in a year).
  type Unit = Map<string, { sum: number; count: number }>;
  const unitsByCardGroup = new Map<string, Map<string, Unit>>();
  // In the order they were first rated: the differences below are summed in that order.
  const units: Unit[] = [];
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
    // Each id prefixed by its length, so no id can contain a separator that joins two groups.
    const groupKey = `${card.candidateId.length}:${card.candidateId}${card.packId.length}:${card.packId}${card.packVersion}`;
    let group = unitsByCardGroup.get(groupKey);
    if (!group) unitsByCardGroup.set(groupKey, (group = new Map()));
    for (const criterionId of Object.keys(card.ratings)) {
      const level = card.ratings[criterionId]!.level;
      if (level === null) continue;
      let unit = group.get(criterionId);
      if (!unit) {
        group.set(criterionId, (unit = new Map()));
        units.push(unit);
      }
      const entry = unit.get(card.interviewer);
      if (entry) {
        entry.sum += level;
        entry.count += 1;
      } else unit.set(card.interviewer, { sum: level, count: 1 });
    }
  }
  for (const unit of units) {
    if (unit.size < 2) continue;
    let total = 0;
    for (const { sum, count } of unit.values()) total += sum / count;
    for (const [who, { sum, count }] of unit) {
      const level = sum / count;
      const tally = tallies.get(who)!;
      tally.sumDifference += level - (total - level) / (unit.size - 1);
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
