import { describe, expect, it } from 'vitest';
import { probeNext } from '../../src/domain/probe-next';
import { computeReport } from '../../src/domain/report-model';
import {
  makeCandidate,
  makeCriterion,
  makeModule,
  makeScorecard,
  makeTestPack,
  ratings,
  workedExample,
} from '../fixtures/factories';

describe('what to probe next', () => {
  it('names the weakest module with its lowest criteria, lowest first', () => {
    // Worked example: m1 58.3 (a1 66.7, a2 66.7, e1 33.3) is weaker than m2 83.3.
    const bundle = workedExample();
    const report = computeReport(bundle.candidates[0]!, bundle.rubricPacks[0]!, bundle.scorecards);
    const probe = probeNext(report);
    expect(probe.weakest?.moduleId).toBe('m1');
    expect(probe.weakest?.score).toBeCloseTo(58.333, 2);
    expect(probe.weakest?.criteria.map((c) => c.criterionId)).toEqual(['e1', 'a1', 'a2']);
    expect(probe.unscoredModules).toEqual([]);
    expect(probe.notObserved).toEqual([]);
    // a1 was rated 4 and 2: the panel split.
    expect(probe.disagreements.map((d) => d.criterionId)).toEqual(['a1']);
  });

  it('lists the criteria nobody scored, and modules nobody interviewed', () => {
    const pack = makeTestPack({
      modules: [
        ...makeTestPack().modules,
        makeModule({
          id: 'm3',
          title: 'Document review',
          criteria: [makeCriterion({ id: 'd1', title: 'Has a document' })],
        }),
      ],
    });
    const report = computeReport(makeCandidate({ id: 'c1' }), pack, [
      makeScorecard({
        id: 's1',
        candidateId: 'c1',
        moduleId: 'm1',
        ratings: ratings({ a1: 3, a2: null, e1: 2 }),
      }),
    ]);
    const probe = probeNext(report);
    expect(probe.weakest).toMatchObject({ moduleId: 'm1' });
    expect(probe.weakest?.criteria.map((c) => c.criterionId)).toEqual(['e1', 'a1']);
    expect(probe.unscoredModules).toEqual([
      { moduleId: 'm2', title: 'Live sketch' },
      { moduleId: 'm3', title: 'Document review' },
    ]);
    expect(probe.notObserved).toEqual([
      {
        moduleId: 'm1',
        title: 'Failure mode',
        criteria: [{ criterionId: 'a2', title: 'Designed the fallback in advance', score: null }],
      },
    ]);
  });

  it('has nothing to name before any scorecard', () => {
    const probe = probeNext(computeReport(makeCandidate({ id: 'c1' }), makeTestPack(), []));
    expect(probe.weakest).toBeNull();
    expect(probe.unscoredModules.map((m) => m.moduleId)).toEqual(['m1', 'm2']);
    expect(probe.notObserved).toEqual([]);
  });
});
