import type { RubricPack } from './rubric-schema';
import type { SelfRating } from './self-assessment-schema';
import { moduleWeight } from './scoring';
import { indexPack } from './scoring-pack-index';

export type PracticeItem = {
  criterionId: string;
  moduleId: string;
  moduleTitle: string;
  title: string;
  level: number;
  /** The level-4 description: what an architect's answer sounds like. */
  target: string;
  /** (4 − level) × criterion weight × module weight: how much the overall score would gain. */
  impact: number;
};

/**
 * What to practise, most valuable first: each self-rated criterion below level 4, ordered by
 * impact (ties keep pack order). Unrated criteria are left out: there is nothing to weigh yet.
 */
export function practicePlan(
  pack: RubricPack,
  ratings: Readonly<Record<string, SelfRating>>,
): PracticeItem[] {
  const index = indexPack(pack);
  const items: PracticeItem[] = [];
  for (const { criterion, module, moduleIndex } of index.criteria) {
    const level = ratings[criterion.id]?.level ?? null;
    if (level === null || level >= 4) continue;
    items.push({
      criterionId: criterion.id,
      moduleId: module.id,
      moduleTitle: module.title,
      title: criterion.title,
      level,
      target: criterion.levels[3]!,
      impact: (4 - level) * criterion.weight * moduleWeight(index, 'self', moduleIndex),
    });
  }
  // Array#sort is stable, so equal impacts stay in pack order.
  return items.sort((a, b) => b.impact - a.impact);
}

/** The weakest self-ratings: lowest level first, heavier criterion first on a tie. */
export function weakestCriteria(
  pack: RubricPack,
  ratings: Readonly<Record<string, SelfRating>>,
  limit = 5,
): PracticeItem[] {
  return practicePlan(pack, ratings)
    .map((item, order) => ({ item, order }))
    .sort(
      (a, b) =>
        a.item.level - b.item.level ||
        b.item.impact / (4 - b.item.level) - a.item.impact / (4 - a.item.level) ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map(({ item }) => item);
}
