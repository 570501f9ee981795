import { describe, expect, it } from 'vitest';
import { computeWhatIf } from '../../src/domain/what-if';
import type { RubricPack } from '../../src/domain/rubric-schema';
import type { Scorecard } from '../../src/domain/scorecard-schema';
import {
  TEST_POLICY,
  makeCandidate,
  makeScorecard,
  makeTestPack,
  ratings,
  workedExample,
} from '../fixtures/factories';

/**
 * Fixture candidates, all scored on test-pack version 1 (see factories.ts for the pack):
 * - Jane (full-time), the worked example: architecture 71.43, engineering 44.44 → borderline.
 * - Raj (fractional, m2 weighs 3), the same ratings: architecture 77.78, engineering 53.33 → architect.
 * - Lee (full-time): every architecture criterion at level 1 (score 0), every engineering one
 *   at level 4 (100) → architecture 0 < 40 with engineering 100 ≥ 50 → mislabeled engineer.
 * - Kim has only a draft: not scored, not listed.
 * - Ola is scored on version 9, which is not stored: skipped.
 */
const stored = makeTestPack();
const jane = workedExample('full-time');
const cards: Scorecard[] = [
  ...jane.scorecards,
  ...jane.scorecards.map((card) => ({ ...card, id: `raj-${card.id}`, candidateId: 'raj' })),
  makeScorecard({
    id: 'lee-1',
    candidateId: 'lee',
    moduleId: 'm1',
    ratings: ratings({ a1: 1, a2: 1, e1: 4 }),
  }),
  makeScorecard({
    id: 'lee-2',
    candidateId: 'lee',
    moduleId: 'm2',
    ratings: ratings({ a3: 1, e2: 4 }),
  }),
  makeScorecard({
    id: 'kim-1',
    candidateId: 'kim',
    moduleId: 'm1',
    status: 'draft',
    ratings: ratings({ a1: 4 }),
  }),
  makeScorecard({
    id: 'ola-1',
    candidateId: 'ola',
    moduleId: 'm1',
    packVersion: 9,
    ratings: ratings({ a1: 4 }),
  }),
  // Another pack's scorecard is not this pack's business.
  makeScorecard({
    id: 'x-1',
    candidateId: 'c1',
    moduleId: 'm1',
    packId: 'other-pack',
    ratings: ratings({ a1: 1 }),
  }),
];
const candidates = [
  makeCandidate({ id: 'c1', name: 'Jane', track: 'full-time' }),
  makeCandidate({ id: 'raj', name: 'Raj', track: 'fractional' }),
  makeCandidate({ id: 'lee', name: 'Lee', track: 'full-time' }),
  makeCandidate({ id: 'kim', name: 'Kim', track: 'full-time' }),
  makeCandidate({ id: 'ola', name: 'Ola', track: 'full-time' }),
];

function whatIf(edited: RubricPack) {
  return computeWhatIf({ edited, versions: [stored], candidates, scorecards: cards });
}
const policy = (changes: Partial<RubricPack['verdictPolicy']>) =>
  makeTestPack({ version: 2, verdictPolicy: { ...TEST_POLICY, ...changes } });

describe('the what-if of an edited pack', () => {
  it('changes nothing when the pack is unchanged, and lists the scored candidates only', () => {
    const result = whatIf(makeTestPack({ version: 2 }));
    expect(result.rows.map((row) => [row.candidateName, row.before, row.after])).toEqual([
      ['Jane', 'borderline', 'borderline'],
      ['Raj', 'architect', 'architect'],
      ['Lee', 'mislabeled-engineer', 'mislabeled-engineer'],
    ]);
    expect(result.moves).toEqual([]);
    expect(result.unchanged).toBe(3);
    expect(result.skipped).toBe(1);
    expect(result.rows[0]!.beforeArchitecture).toBeCloseTo(71.43, 2);
    expect(result.rows[0]!.beforeEngineering).toBeCloseTo(44.44, 2);
    expect(result.rows[1]!.beforeArchitecture).toBeCloseTo(77.78, 2);
  });

  it('a lower engineering minimum (40) makes Jane an architect (44.44 ≥ 40)', () => {
    const result = whatIf(policy({ engineeringMin: 40 }));
    expect(result.moves).toEqual([
      { from: 'borderline', to: 'architect', count: 1, candidateNames: ['Jane'] },
    ]);
    expect(result.unchanged).toBe(2);
  });

  it('a tighter architect threshold (80) moves Raj (77.78) to borderline', () => {
    const result = whatIf(policy({ architectMin: 80 }));
    expect(result.moves).toEqual([
      { from: 'architect', to: 'borderline', count: 1, candidateNames: ['Raj'] },
    ]);
    expect(result.rows[1]!.afterArchitecture).toBeCloseTo(77.78, 2);
  });

  it('new track weights re-weigh the candidates on that track only', () => {
    // Without m2 weighing 3, Raj scores as Jane does: 71.43 and 44.44 → borderline.
    const result = whatIf(makeTestPack({ version: 2, trackWeights: {} }));
    expect(result.moves).toEqual([
      { from: 'architect', to: 'borderline', count: 1, candidateNames: ['Raj'] },
    ]);
    expect(result.rows[1]!.afterArchitecture).toBeCloseTo(71.43, 2);
  });

  it('ratings of a removed criterion count nowhere', () => {
    // Without a3 (Raj rated 4): architecture = (2·66.67 + 4·66.67) / 6 = 66.67 < 70 → borderline.
    const pack = makeTestPack({ version: 2 });
    pack.modules[1]!.criteria = pack.modules[1]!.criteria.filter((c) => c.id !== 'a3');
    const result = whatIf(pack);
    expect(result.rows[1]!.afterArchitecture).toBeCloseTo(66.67, 2);
    expect(result.rows[1]!.afterEngineering).toBeCloseTo(53.33, 2);
    expect(result.moves).toEqual([
      { from: 'architect', to: 'borderline', count: 1, candidateNames: ['Raj'] },
    ]);
    // Lee's architecture stays 0: still a mislabeled engineer.
    expect(result.rows[2]!.after).toBe('mislabeled-engineer');
  });

  it('counts each move, most common first, then in verdict order', () => {
    // Three modules needed, two exist: every verdict becomes insufficient evidence.
    const result = whatIf(policy({ minModules: 3 }));
    expect(
      result.moves.map((move) => [move.from, move.to, move.count, move.candidateNames]),
    ).toEqual([
      ['architect', 'insufficient-evidence', 1, ['Raj']],
      ['mislabeled-engineer', 'insufficient-evidence', 1, ['Lee']],
      ['borderline', 'insufficient-evidence', 1, ['Jane']],
    ]);
    expect(result.unchanged).toBe(0);

    const twoMoves = whatIf(
      policy({ architectMin: 60, engineeringMin: 40, mislabeledArchitectureMax: 0 }),
    );
    // Jane: 71.43 ≥ 60 and 44.44 ≥ 40 → architect. Lee: 0 is not below 0 → borderline.
    expect(twoMoves.moves.map((move) => [move.from, move.to, move.count])).toEqual([
      ['mislabeled-engineer', 'borderline', 1],
      ['borderline', 'architect', 1],
    ]);
  });

  it('thresholds on both sides move candidates in both directions', () => {
    // Architect minimum 90, mislabeled maximum 72. Jane: 71.43 < 72 with engineering
    // 44.44 < 50 → not a fit. Raj: 77.78 < 90 but not below 72 → borderline. Lee stays.
    const result = whatIf(policy({ architectMin: 90, mislabeledArchitectureMax: 72 }));
    expect(result.moves).toEqual([
      { from: 'architect', to: 'borderline', count: 1, candidateNames: ['Raj'] },
      { from: 'borderline', to: 'not-a-fit', count: 1, candidateNames: ['Jane'] },
    ]);
    // Both at 95: Raj 77.78 < 95 with engineering 53.33 ≥ 50 → mislabeled engineer.
    const both = whatIf(policy({ architectMin: 95, mislabeledArchitectureMax: 95 }));
    expect(both.moves.map((move) => [move.from, move.to, move.count])).toEqual([
      ['architect', 'mislabeled-engineer', 1],
      ['borderline', 'not-a-fit', 1],
    ]);
  });

  it('groups the candidates who make the same move into one row with their count', () => {
    const jo = jane.scorecards.map((card) => ({ ...card, id: `jo-${card.id}`, candidateId: 'jo' }));
    const result = computeWhatIf({
      edited: policy({ engineeringMin: 40 }),
      versions: [stored],
      candidates: [...candidates, makeCandidate({ id: 'jo', name: 'Jo', track: 'full-time' })],
      scorecards: [...cards, ...jo],
    });
    expect(result.moves).toEqual([
      { from: 'borderline', to: 'architect', count: 2, candidateNames: ['Jane', 'Jo'] },
    ]);
    expect(result.unchanged).toBe(2);
  });

  it('for a clone, re-scores the source pack’s candidates', () => {
    const clone = { ...policy({ engineeringMin: 40 }), id: 'my-clone', version: 1 };
    expect(
      computeWhatIf({ edited: clone, versions: [stored], candidates, scorecards: cards }).rows,
    ).toEqual([]);
    const result = computeWhatIf({
      edited: clone,
      versions: [stored],
      candidates,
      scorecards: cards,
      packId: 'test-pack',
    });
    expect(result.moves).toEqual([
      { from: 'borderline', to: 'architect', count: 1, candidateNames: ['Jane'] },
    ]);
  });
});
