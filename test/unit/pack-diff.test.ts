import { describe, expect, it } from 'vitest';
import { diffPacks } from '../../src/domain/pack-diff';
import type { RubricPack } from '../../src/domain/rubric-schema';
import { TEST_POLICY, makeCriterion, makeModule, makeTestPack } from '../fixtures/factories';

function edited(): RubricPack {
  const pack = makeTestPack({ version: 2 });
  const [m1, m2] = pack.modules as [RubricPack['modules'][number], RubricPack['modules'][number]];
  pack.title = 'Test pack, platform team';
  m1.weight = 3;
  m1.criteria[1] = {
    ...m1.criteria[1]!,
    levels: [
      'Names a tool',
      'Names two patterns',
      'Names a trade-off',
      'Names the rejected option and why',
    ],
  };
  m1.criteria[2] = { ...m1.criteria[2]!, signal: 'architecture', weight: 2 };
  m1.flags = [{ ...m1.flags![0]!, effect: 'warn' }, m1.flags![1]!];
  m2.criteria = [
    m2.criteria[1]!,
    makeCriterion({
      id: 'a4',
      title: 'Knows our billing ledger',
      signal: 'engineering',
      weight: 1,
    }),
  ];
  m2.flags = [];
  pack.modules.push(makeModule({ id: 'm3', title: 'Billing deep dive' }));
  pack.verdictPolicy = { ...TEST_POLICY, architectMin: 75, requiredModules: ['m1', 'm2'] };
  pack.trackWeights = { fractional: { m2: 2 }, project: { m1: 1 } };
  return pack;
}

describe('the difference between two pack versions', () => {
  it('is empty for the same content, whatever the version number', () => {
    expect(diffPacks(makeTestPack(), makeTestPack({ version: 7 }))).toEqual([]);
  });

  it('lists what was added, removed and changed, in plain words', () => {
    const changes = diffPacks(makeTestPack(), edited());
    expect(changes.map((change) => change.text)).toEqual([
      'The title changed from "Test pack" to "Test pack, platform team".',
      'Module "Failure mode": weight changed from 2 to 3.',
      'Module "Billing deep dive" was added.',
      'Criterion "Puts trade-offs on the table" was removed from module "Live sketch".',
      'Criterion "Designed the fallback in advance": level 2 text changed from "Names a pattern" to "Names two patterns".',
      'Criterion "Can implement the fallback": signal changed from engineering to architecture.',
      'Criterion "Can implement the fallback": weight changed from 1 to 2.',
      'Criterion "Knows our billing ledger" (engineering, weight 1) was added to module "Live sketch".',
      'Criterion "Criterion m3-c1" (architecture, weight 1) was added to module "Billing deep dive".',
      'Flag "Vague generalities" was removed from module "Live sketch".',
      'Flag "Has never written an architecture document": effect changed from gate to warning.',
      'Architect minimum (architecture score) changed from 70 to 75.',
      'Module "Live sketch" is now required.',
      'On the fractional track, module "Live sketch" weighs 2 instead of 3.',
      'On the project track, module "Failure mode" now weighs 1 (instead of its own weight).',
    ]);
    expect(changes.filter((c) => c.kind === 'added').map((c) => `${c.area}:${c.subject}`)).toEqual([
      'module:m3',
      'criterion:a4',
      'criterion:m3-c1',
      'policy:requiredModules',
      'track-weights:project/m1',
    ]);
    expect(
      changes.filter((c) => c.kind === 'removed').map((c) => `${c.area}:${c.subject}`),
    ).toEqual(['criterion:a3', 'flag:w2']);
  });

  it('reads a criterion moved between modules as a move, and reports prompt and order changes', () => {
    const from = makeTestPack();
    const to = makeTestPack({ version: 2 });
    const a1 = to.modules[0]!.criteria.shift()!;
    to.modules[1]!.criteria.push(a1);
    to.modules[1]!.prompts = [{ question: 'Sketch it.', followUps: ['Why?'] }];
    to.modules.reverse();
    to.trackWeights = undefined;
    to.verdictPolicy = { ...TEST_POLICY, requiredModules: [] };
    expect(diffPacks(from, to).map((change) => change.text)).toEqual([
      'Module "Live sketch": prompt 1 reworded; prompt 1 follow-ups: 1 added.',
      'The modules are in a different order.',
      'Criterion "Names the failure scenario": moved from module "Failure mode" to "Live sketch".',
      'Module "Failure mode" is no longer required.',
      'On the fractional track, module "Live sketch" no longer has its own track weight (was 3).',
    ]);
  });
});
