import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubricPackText } from '../../src/domain/rubric-validate';
import type { RubricPack } from '../../src/domain/rubric-schema';

function loadDefaultPack(): RubricPack {
  const result = parseRubricPackText(readFileSync('rubrics/ai-architect-default.v1.json', 'utf8'));
  if (!result.ok) throw new Error(`${result.problem.path}: ${result.problem.message}`);
  return result.value;
}

const pack = loadDefaultPack();
const allText = JSON.stringify(pack).toLowerCase();

describe('the default rubric pack', () => {
  it('has the four modules of the seeds, in interview order', () => {
    expect(pack.modules.map((module) => [module.id, module.kind])).toEqual([
      ['failure-mode', 'failure-mode'],
      ['live-sketch', 'live-sketch'],
      ['doc-review', 'doc-review'],
      ['cost-observability', 'cost-observability'],
    ]);
  });

  it.each(pack.modules.map((module) => [module.id, module] as const))(
    '%s has a purpose, a time budget, 2–4 prompts with follow-ups and cues, and anchored criteria',
    (_id, module) => {
      expect(module.purpose?.length).toBeGreaterThan(80);
      expect(module.timeBudgetMinutes).toBeGreaterThan(0);
      expect(module.prompts.length).toBeGreaterThanOrEqual(2);
      expect(module.prompts.length).toBeLessThanOrEqual(4);
      for (const prompt of module.prompts) {
        expect(prompt.followUps?.length).toBeGreaterThan(0);
        expect(prompt.listenFor?.length).toBeGreaterThan(0);
      }
      expect(module.criteria.length).toBeGreaterThanOrEqual(4);
      const signals = module.criteria.map((criterion) => criterion.signal);
      expect(signals).toContain('engineering');
      expect(signals.filter((signal) => signal === 'architecture').length).toBeGreaterThanOrEqual(
        3,
      );
      for (const criterion of module.criteria) {
        expect(criterion.levels).toHaveLength(4);
        expect(new Set(criterion.levels).size).toBe(4);
        // Short enough to read during an interview: one or two sentences a level.
        for (const level of criterion.levels) expect(level.length).toBeLessThanOrEqual(240);
      }
    },
  );

  it('puts the engineer’s answer at level 1 of the failure-mode question', () => {
    const failureMode = pack.modules.find((module) => module.id === 'failure-mode')!;
    expect(failureMode.criteria[0]!.levels[0]!.toLowerCase()).toContain('we had monitoring');
  });

  it('gates on the seeds’ two disqualifiers and warns on the tells', () => {
    const flags = pack.modules.flatMap((module) =>
      (module.flags ?? []).map((flag) => ({ ...flag, module: module.id })),
    );
    const byId = new Map(flags.map((flag) => [flag.id, flag]));
    expect(byId.get('no-architecture-document')).toMatchObject({
      effect: 'gate',
      module: 'doc-review',
    });
    expect(byId.get('no-designed-failure-mode')).toMatchObject({
      effect: 'gate',
      module: 'failure-mode',
    });
    for (const id of ['vague-generalities', 'framework-loyalty', 'no-cost-numbers']) {
      expect(byId.get(id)?.effect).toBe('warn');
    }
    for (const flag of flags) expect(flag.description?.length).toBeGreaterThan(20);
  });

  it('is specific to AI systems', () => {
    for (const topic of [
      'fallback',
      'low-confidence',
      'prompt injection',
      'schema',
      'token',
      'cach',
      'routing',
      'evaluation',
      'drift',
      'retrieval',
      'agent',
      'retr',
    ]) {
      expect(allText, topic).toContain(topic);
    }
  });

  it('carries at least four live-sketch scenarios with requirements', () => {
    const sketch = pack.modules.find((module) => module.id === 'live-sketch')!;
    expect(sketch.scenarios?.length).toBeGreaterThanOrEqual(4);
    for (const scenario of sketch.scenarios ?? []) {
      expect(scenario.requirements?.length).toBeGreaterThan(0);
      expect(scenario.strongAnswerCovers?.length).toBeGreaterThan(0);
    }
  });

  it('weighs written deliverables more for fractional and project engagements', () => {
    const weights = pack.trackWeights!;
    for (const track of ['fractional', 'project'] as const) {
      expect(weights[track]!['doc-review']).toBeGreaterThan(weights['full-time']!['doc-review']!);
      expect(weights[track]!['cost-observability']).toBeGreaterThan(
        weights['full-time']!['cost-observability']!,
      );
    }
    expect(weights['full-time']!['live-sketch']).toBeGreaterThan(
      weights.fractional!['live-sketch']!,
    );
  });

  it('requires the failure-mode question and the document review for a verdict', () => {
    expect(pack.verdictPolicy.requiredModules).toEqual(['failure-mode', 'doc-review']);
    expect(pack.verdictPolicy.architectMin).toBeGreaterThan(
      pack.verdictPolicy.mislabeledArchitectureMax,
    );
  });
});
