import { describe, expect, it } from 'vitest';
import { buildBundleReports, computeReport } from '../../src/domain/report-model';
import { toReportJson } from '../../src/domain/report-json';
import {
  makeBundle,
  makeCandidate,
  makeScorecard,
  makeTestPack,
  ratings,
  workedExample,
} from '../fixtures/factories';

const third = 100 / 3;

describe('the worked example (numbers computed by hand in factories.ts)', () => {
  const [report] = buildBundleReports(workedExample('full-time'));

  it('scores criteria from the mean level of submitted, non-null ratings', () => {
    const byId = Object.fromEntries(report!.criteria.map((c) => [c.criterionId, c]));
    expect(byId.a1!.level).toBe(3);
    expect(byId.a1!.score).toBeCloseTo(2 * third, 10);
    expect(byId.e1!.level).toBe(2); // Bob's null does not pull it down
    expect(byId.a3!.level).toBe(4); // Dee's draft level 1 does not count
    expect(byId.a3!.score).toBe(100);
  });

  it('scores modules by criterion weight and the axes by criterion × module weight', () => {
    expect(report!.modules.map((m) => [m.moduleId, m.weight, m.scored])).toEqual([
      ['m1', 2, true],
      ['m2', 1, true],
    ]);
    expect(report!.modules[0]!.score).toBeCloseTo(58.3333333, 6);
    expect(report!.modules[1]!.score).toBeCloseTo(83.3333333, 6);
    expect(report!.architectureScore).toBeCloseTo(500 / 7, 10);
    expect(report!.engineeringScore).toBeCloseTo(400 / 9, 10);
    expect(report!.verdict).toBe('borderline');
    expect(report!.weakestModuleId).toBe('m1');
  });

  it('applies the fractional track weights to a fractional candidate', () => {
    const [fractional] = buildBundleReports(workedExample('fractional'));
    expect(fractional!.modules[1]!.weight).toBe(3);
    expect(fractional!.architectureScore).toBeCloseTo(700 / 9, 10);
    expect(fractional!.engineeringScore).toBeCloseTo(160 / 3, 10);
    expect(fractional!.verdict).toBe('architect');
  });

  it('lists flags with who raised them, disagreements, the tally, coverage and alpha', () => {
    expect(report!.flagsRaised).toEqual([
      {
        flagId: 'w1',
        label: 'Blames the model for a system failure',
        effect: 'warn',
        moduleId: 'm1',
        raisedBy: ['Ann'],
      },
    ]);
    expect(report!.disagreements).toEqual([
      { criterionId: 'a1', moduleId: 'm1', title: 'Names the failure scenario', levels: [2, 4] },
    ]);
    expect(report!.recommendations).toEqual({
      'strong-no': 0,
      no: 1,
      yes: 1,
      'strong-yes': 1,
      none: 0,
    });
    expect(report!.coverage).toEqual({ observed: 5, total: 5, notObserved: [] });
    // Pairable units: a1 [4, 2] and a2 [3, 3] → −0.5 (see agreement.test.ts).
    expect(report!.agreement).toBeCloseTo(-0.5, 12);
    expect(report!.submittedCount).toBe(3);
    expect(report!.draftCount).toBe(1);
    expect(report!.criteria.find((c) => c.criterionId === 'e1')!.ratings).toEqual([
      { interviewer: 'Ann', level: 2, evidence: 'Said something about e1.', scorecardId: 's1' },
      { interviewer: 'Bob', level: null, evidence: 'Said something about e1.', scorecardId: 's2' },
    ]);
  });

  it('prints the contract JSON without rounding', () => {
    expect(toReportJson(report!)).toEqual({
      candidateId: 'c1',
      packId: 'test-pack',
      packVersion: 1,
      verdict: 'borderline',
      architectureScore: report!.architectureScore,
      engineeringScore: report!.engineeringScore,
      modules: [
        { moduleId: 'm1', score: report!.modules[0]!.score },
        { moduleId: 'm2', score: report!.modules[1]!.score },
      ],
      flagsRaised: ['w1'],
      disagreements: ['a1'],
      agreement: report!.agreement,
      reasons: report!.reasons,
    });
    expect(report!.reasons[0]).toBe(
      'Borderline: architecture 71.4 ≥ the architect minimum 70.0 but engineering 44.4 < the engineering minimum 50.0.',
    );
  });
});

describe('which reports a bundle gives', () => {
  const pack1 = makeTestPack();
  const pack2 = makeTestPack({ version: 2, title: 'Test pack v2' });
  const other = makeTestPack({ id: 'another-pack' });

  it('gives one report per candidate and pack version, in candidate order, then pack id, then version', () => {
    const bundle = makeBundle({
      rubricPacks: [pack2, other, pack1],
      candidates: [makeCandidate({ id: 'z' }), makeCandidate({ id: 'a' })],
      scorecards: [
        makeScorecard({ id: '1', candidateId: 'a', moduleId: 'm1', ratings: ratings({ a1: 2 }) }),
        makeScorecard({ id: '2', candidateId: 'z', moduleId: 'm1', packVersion: 2 }),
        makeScorecard({
          id: '3',
          candidateId: 'z',
          moduleId: 'm1',
          packId: 'test-pack',
          packVersion: 1,
        }),
        makeScorecard({ id: '4', candidateId: 'z', moduleId: 'm1', packId: 'another-pack' }),
      ],
    });
    expect(buildBundleReports(bundle).map((r) => [r.candidateId, r.packId, r.packVersion])).toEqual(
      [
        ['z', 'another-pack', 1],
        ['z', 'test-pack', 1],
        ['z', 'test-pack', 2],
        ['a', 'test-pack', 1],
      ],
    );
  });

  it('reports a candidate without scorecards against the newest version of the first pack', () => {
    const bundle = makeBundle({
      rubricPacks: [pack1, other, pack2],
      candidates: [makeCandidate({ id: 'c' })],
    });
    const [report] = buildBundleReports(bundle);
    expect([report!.packId, report!.packVersion, report!.verdict]).toEqual([
      'test-pack',
      2,
      'insufficient-evidence',
    ]);
    expect(toReportJson(report!).modules).toEqual([
      { moduleId: 'm1', score: null },
      { moduleId: 'm2', score: null },
    ]);
    expect(report!.coverage.notObserved.map((c) => c.criterionId)).toEqual([
      'a1',
      'a2',
      'e1',
      'a3',
      'e2',
    ]);
  });

  it('reports a candidate without scorecards against the pack they were set up with, when known', () => {
    const bundle = makeBundle({
      rubricPacks: [pack1, other, pack2],
      candidates: [makeCandidate({ id: 'c', packId: 'another-pack', packVersion: 1 })],
    });
    const [report] = buildBundleReports(bundle);
    expect([report!.packId, report!.packVersion]).toEqual(['another-pack', 1]);
  });

  it('reports a candidate with no scorecard and no pack with a null pack', () => {
    const [report] = buildBundleReports(
      makeBundle({ rubricPacks: [], candidates: [makeCandidate({ id: 'c' })] }),
    );
    expect(toReportJson(report!)).toMatchObject({
      packId: null,
      packVersion: null,
      verdict: 'insufficient-evidence',
      modules: [],
    });
  });

  it('gives insufficient-evidence to a candidate with only drafts', () => {
    const report = computeReport(makeCandidate({ id: 'c' }), pack1, [
      makeScorecard({
        id: 's',
        candidateId: 'c',
        moduleId: 'm1',
        status: 'draft',
        ratings: ratings({ a1: 4, a2: 4, e1: 4 }),
        flags: ['g1'],
      }),
    ]);
    expect([
      report.verdict,
      report.architectureScore,
      report.flagsRaised,
      report.submittedCount,
    ]).toEqual(['insufficient-evidence', null, [], 0]);
  });

  it('reaches every verdict from real scorecards', () => {
    const verdictFor = (
      m1: Record<string, 1 | 2 | 3 | 4>,
      m2: Record<string, 1 | 2 | 3 | 4>,
      flags: string[] = [],
    ) =>
      computeReport(makeCandidate({ id: 'c' }), pack1, [
        makeScorecard({ id: 's1', candidateId: 'c', moduleId: 'm1', ratings: ratings(m1), flags }),
        makeScorecard({ id: 's2', candidateId: 'c', moduleId: 'm2', ratings: ratings(m2) }),
      ]).verdict;
    expect(verdictFor({ a1: 4, a2: 4, e1: 3 }, { a3: 4, e2: 3 })).toBe('architect');
    expect(verdictFor({ a1: 4, a2: 4, e1: 3 }, { a3: 4, e2: 3 }, ['g1'])).toBe(
      'mislabeled-engineer',
    );
    expect(verdictFor({ a1: 4, a2: 4, e1: 1 }, { a3: 4, e2: 1 }, ['g1'])).toBe('not-a-fit');
    expect(verdictFor({ a1: 1, a2: 2, e1: 4 }, { a3: 1, e2: 4 })).toBe('mislabeled-engineer');
    expect(verdictFor({ a1: 1, a2: 1, e1: 1 }, { a3: 1, e2: 1 })).toBe('not-a-fit');
    expect(verdictFor({ a1: 3, a2: 3, e1: 3 }, { a3: 2, e2: 3 })).toBe('borderline');
  });
});
