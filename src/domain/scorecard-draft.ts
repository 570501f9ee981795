import type { RubricModule } from './rubric-schema';
import {
  RECOMMENDATIONS,
  type Level,
  type Rating,
  type Recommendation,
  type Scorecard,
} from './scorecard-schema';

/** Everything of a scorecard that the form does not edit. */
export type ScorecardIdentity = Pick<
  Scorecard,
  | 'id'
  | 'candidateId'
  | 'interviewer'
  | 'packId'
  | 'packVersion'
  | 'moduleId'
  | 'status'
  | 'updatedAt'
> & { submittedAt?: string };

/** The interview form's values: one entry per criterion of the module, in rubric order. */
export type ScorecardFormValues = {
  ratings: { criterionId: string; level: '' | '1' | '2' | '3' | '4' | 'none'; evidence: string }[];
  flags: string[];
  notes: string;
  recommendation: '' | Recommendation;
};

export function formValuesFromScorecard(
  module: RubricModule,
  card: Scorecard | null,
): ScorecardFormValues {
  return {
    ratings: module.criteria.map((criterion) => {
      const rating = card?.ratings[criterion.id];
      const level =
        rating === undefined ? '' : rating.level === null ? 'none' : (String(rating.level) as '1');
      return { criterionId: criterion.id, level, evidence: rating?.evidence ?? '' };
    }),
    flags: card?.flags.filter((id) => (module.flags ?? []).some((flag) => flag.id === id)) ?? [],
    notes: card?.notes ?? '',
    recommendation: card?.recommendation ?? '',
  };
}

/**
 * The scorecard the form describes. A criterion left untouched is absent; evidence written
 * without a level is kept with level null ("not observed"), so no typed word is ever lost.
 */
export function scorecardFromFormValues(
  values: ScorecardFormValues,
  base: ScorecardIdentity,
): Scorecard {
  const ratings: Record<string, Rating> = {};
  for (const entry of values.ratings) {
    if (entry.level === '' && entry.evidence === '') continue;
    const level =
      entry.level === '' || entry.level === 'none' ? null : (Number(entry.level) as Level);
    ratings[entry.criterionId] = { level, evidence: entry.evidence };
  }
  const recommendation = (RECOMMENDATIONS as readonly string[]).includes(values.recommendation)
    ? (values.recommendation as Recommendation)
    : null;
  return { ...base, ratings, flags: [...values.flags], notes: values.notes, recommendation };
}

/** Criteria without a level or an explicit "not observed": the submit dialog names them. */
export function unratedCriteria(values: ScorecardFormValues): string[] {
  return values.ratings.filter((entry) => entry.level === '').map((entry) => entry.criterionId);
}
