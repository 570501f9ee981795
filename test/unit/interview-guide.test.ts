import { describe, expect, it } from 'vitest';
import defaultPackJson from '../../rubrics/ai-architect-default.v1.json';
import { rubricPackSchema } from '../../src/domain/rubric-schema';
import { interviewGuide } from '../../src/domain/interview-guide';

describe('interviewGuide', () => {
  it('writes one step per module from the pack’s own prompts and budgets', () => {
    const pack = rubricPackSchema.parse(defaultPackJson);
    const guide = interviewGuide(pack);
    expect(guide.totalMinutes).toBe(95);
    expect(guide.steps.map((s) => s.moduleId)).toEqual([
      'failure-mode',
      'live-sketch',
      'doc-review',
      'cost-observability',
    ]);
    expect(guide.steps[0]!.openWith).toBe(pack.modules[0]!.prompts[0]!.question);
    expect(guide.steps[1]!.scenarios).toHaveLength(4);
    expect(guide.steps[0]!.criteriaCount).toBe(6);
    expect(guide.steps[0]!.listenFor.length).toBeLessThanOrEqual(3);
  });
});
