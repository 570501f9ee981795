import { describe, expect, it } from 'vitest';
import defaultPackJson from '../../rubrics/ai-architect-default.v1.json';
import { rubricPackSchema } from '../../src/domain/rubric-schema';
import { practicePlan, weakestCriteria } from '../../src/domain/practice-plan';
import type { SelfRating } from '../../src/domain/self-assessment-schema';

const pack = rubricPackSchema.parse(defaultPackJson);
const r = (level: 1 | 2 | 3 | 4 | null): SelfRating => ({ level, note: '' });

describe('practicePlan', () => {
  it('orders by (4 − level) × criterion weight × module weight, leaving level 4 and unrated out', () => {
    // Default pack, track "self": every module weighs 1.
    const plan = practicePlan(pack, {
      'fm-designed-fallback': r(2), // (4−2)×2 = 4
      'ls-trade-offs': r(3), // (4−3)×2 = 2
      'co-unit-cost': r(1), // (4−1)×2 = 6
      'fm-scenario-specificity': r(1), // (4−1)×1 = 3
      'dr-decision-records': r(4), // 0: left out
      'fm-detection-signal': r(null), // unrated: left out
    });
    expect(plan.map((i) => [i.criterionId, i.impact])).toEqual([
      ['co-unit-cost', 6],
      ['fm-designed-fallback', 4],
      ['fm-scenario-specificity', 3],
      ['ls-trade-offs', 2],
    ]);
    expect(plan[0]!.target).toBe(
      pack.modules.find((m) => m.id === 'cost-observability')!.criteria[0]!.levels[3],
    );
  });

  it('keeps pack order on equal impact', () => {
    const plan = practicePlan(pack, { 'ls-main-risks': r(2), 'fm-blast-radius': r(2) });
    expect(plan.map((i) => i.criterionId)).toEqual(['fm-blast-radius', 'ls-main-risks']);
  });

  it('lists the weakest criteria lowest level first, heavier first on a tie', () => {
    const weakest = weakestCriteria(pack, {
      'ls-trade-offs': r(3),
      'fm-scenario-specificity': r(1),
      'co-unit-cost': r(1),
    });
    expect(weakest.map((i) => i.criterionId)).toEqual([
      'co-unit-cost',
      'fm-scenario-specificity',
      'ls-trade-offs',
    ]);
  });
});
