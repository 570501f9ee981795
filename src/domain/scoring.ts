import type { Track } from './common-schema';
import type { FLAG_EFFECTS, Signal } from './rubric-schema';
import type { Level, Scorecard } from './scorecard-schema';
import type { PackIndex } from './scoring-pack-index';

export type RatingEntry = {
  interviewer: string;
  /** null: the interviewer saw nothing to rate; it counts in no mean. */
  level: Level | null;
  evidence: string;
  scorecardId: string;
};

export type CriterionResult = {
  criterionId: string;
  moduleId: string;
  title: string;
  signal: Signal;
  weight: number;
  /** Mean of the non-null levels, or null when none was given. */
  level: number | null;
  /** (level − 1) / 3 × 100, or null when not observed. */
  score: number | null;
  /** The non-null levels given, ascending. */
  levels: number[];
  /** Every submitted rating of this criterion, sorted by interviewer, null levels included. */
  ratings: RatingEntry[];
};

export type ModuleResult = {
  moduleId: string;
  title: string;
  /** Criterion-weighted mean of the scored criteria, or null when none is scored. */
  score: number | null;
  /** The weight used: the candidate's track weight when the pack has one, else the module's. */
  weight: number;
  scored: boolean;
};

export type FlagRaised = {
  flagId: string;
  label: string;
  effect: (typeof FLAG_EFFECTS)[number];
  moduleId: string;
  /** Interviewers who raised it, sorted, each once. */
  raisedBy: string[];
};

export type Scores = {
  criteria: CriterionResult[];
  modules: ModuleResult[];
  architectureScore: number | null;
  engineeringScore: number | null;
};

export function levelToScore(level: number): number {
  return ((level - 1) / 3) * 100;
}

export function moduleWeight(index: PackIndex, track: Track, moduleIndex: number): number {
  const module = index.pack.modules[moduleIndex]!;
  const trackWeights = index.pack.trackWeights?.[track];
  // hasOwn, not `in`: a track-weights object parsed from a file must not reach the prototype.
  return trackWeights !== undefined && Object.hasOwn(trackWeights, module.id)
    ? trackWeights[module.id]!
    : module.weight;
}

const ascending = (a: number, b: number) => a - b;

/** Insertion sort: the lists here hold a handful of items, where Array#sort's setup dominates. */
function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
}

function compareRatings(a: RatingEntry, b: RatingEntry): number {
  if (a.interviewer !== b.interviewer) return a.interviewer < b.interviewer ? -1 : 1;
  if (a.scorecardId !== b.scorecardId) return a.scorecardId < b.scorecardId ? -1 : 1;
  return 0;
}

/**
 * Steps 2 to 4 of the contract. `submitted` must hold only submitted scorecards of one
 * candidate against this pack version; ratings of criteria outside the scorecard's module
 * are ignored (validation rejects them, this keeps unvalidated input harmless).
 */
export function computeScores(
  index: PackIndex,
  track: Track,
  submitted: readonly Scorecard[],
): Scores {
  const count = index.criteria.length;
  // A year of hiring runs this 10,000 times and keeps every result, so each list is made
  // once at its largest possible size (one rating per scorecard of its module) and trimmed,
  // rather than grown by push (which reserves room for 17).
  const moduleOfCard = new Array<number>(submitted.length);
  const cardsPerModule = new Array<number>(index.moduleCriteria.length).fill(0);
  submitted.forEach((card, i) => {
    const m = index.modulePosition.get(card.moduleId) ?? -1;
    moduleOfCard[i] = m;
    if (m >= 0) cardsPerModule[m]! += 1;
  });
  const ratings = new Array<RatingEntry[]>(count);
  const levels = new Array<number[]>(count);
  const ratingCounts = new Array<number>(count).fill(0);
  const levelCounts = new Array<number>(count).fill(0);
  for (let position = 0; position < count; position++) {
    const most = cardsPerModule[index.criteria[position]!.moduleIndex]!;
    ratings[position] = new Array<RatingEntry>(most);
    levels[position] = new Array<number>(most);
  }
  submitted.forEach((card, i) => {
    const m = moduleOfCard[i]!;
    if (m < 0) return;
    // Only the module's own criteria: ratings of other criteria are ignored (validation
    // rejects them). hasOwn keeps a criterion id like "toString" off the prototype.
    for (const position of index.moduleCriteria[m]!) {
      const criterionId = index.criteria[position]!.criterion.id;
      if (!Object.hasOwn(card.ratings, criterionId)) continue;
      const rating = card.ratings[criterionId]!;
      ratings[position]![ratingCounts[position]!++] = {
        interviewer: card.interviewer,
        level: rating.level,
        evidence: rating.evidence,
        scorecardId: card.id,
      };
      if (rating.level !== null) levels[position]![levelCounts[position]!++] = rating.level;
    }
  });
  for (let position = 0; position < count; position++) {
    ratings[position]!.length = ratingCounts[position]!;
    levels[position]!.length = levelCounts[position]!;
  }

  const criteria = new Array<CriterionResult>(count);
  for (let position = 0; position < count; position++) {
    const { criterion, module } = index.criteria[position]!;
    const observed = levels[position]!;
    let level: number | null = null;
    if (observed.length > 0) {
      sortSmall(observed, ascending);
      let sum = 0;
      for (const value of observed) sum += value;
      level = sum / observed.length;
    }
    const entries = ratings[position]!;
    sortSmall(entries, compareRatings);
    criteria[position] = {
      criterionId: criterion.id,
      moduleId: module.id,
      title: criterion.title,
      signal: criterion.signal,
      weight: criterion.weight,
      level,
      score: level === null ? null : levelToScore(level),
      levels: observed,
      ratings: entries,
    };
  }

  const moduleSum = new Array<number>(index.pack.modules.length).fill(0);
  const moduleWeightSum = new Array<number>(index.pack.modules.length).fill(0);
  const axis = { architecture: { sum: 0, weight: 0 }, engineering: { sum: 0, weight: 0 } };
  const weights = index.pack.modules.map((_, m) => moduleWeight(index, track, m));
  for (let position = 0; position < count; position++) {
    const result = criteria[position]!;
    if (result.score === null) continue;
    const m = index.criteria[position]!.moduleIndex;
    moduleSum[m]! += result.weight * result.score;
    moduleWeightSum[m]! += result.weight;
    const w = result.weight * weights[m]!;
    axis[result.signal].sum += w * result.score;
    axis[result.signal].weight += w;
  }

  const modules: ModuleResult[] = index.pack.modules.map((module, m) => {
    const scored = moduleWeightSum[m]! > 0;
    return {
      moduleId: module.id,
      title: module.title,
      score: scored ? moduleSum[m]! / moduleWeightSum[m]! : null,
      weight: weights[m]!,
      scored,
    };
  });

  // An axis whose criteria all sit in modules weighted 0 for this track is unknown too.
  const mean = ({ sum, weight }: { sum: number; weight: number }) =>
    weight > 0 ? sum / weight : null;
  return {
    criteria,
    modules,
    architectureScore: mean(axis.architecture),
    engineeringScore: mean(axis.engineering),
  };
}

/** Step 5: the union of the flags raised by submitted scorecards, with who raised each. */
export function collectRaisedFlags(
  index: PackIndex,
  submitted: readonly Scorecard[],
): FlagRaised[] {
  const raisedBy = new Map<number, Set<string>>();
  for (const card of submitted) {
    for (const flagId of card.flags) {
      const position = index.flagPosition.get(flagId);
      if (position === undefined) continue;
      let who = raisedBy.get(position);
      if (!who) raisedBy.set(position, (who = new Set()));
      who.add(card.interviewer);
    }
  }
  return [...raisedBy.keys()]
    .sort((a, b) => a - b)
    .map((position) => {
      const { flag, module } = index.flags[position]!;
      return {
        flagId: flag.id,
        label: flag.label,
        effect: flag.effect,
        moduleId: module.id,
        raisedBy: [...raisedBy.get(position)!].sort(),
      };
    });
}
