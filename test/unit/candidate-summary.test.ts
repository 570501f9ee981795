import { describe, expect, it } from 'vitest';
import { provisionalSummary, summarizeCandidates } from '../../src/domain/candidate-summary';
import {
  makeCandidate,
  makeScorecard,
  makeTestPack,
  ratings,
  workedExample,
} from '../fixtures/factories';

describe('candidate summaries', () => {
  it('computes status, verdict and scores from the candidate’s pack and scorecards', () => {
    const bundle = workedExample();
    const [summary] = summarizeCandidates(
      bundle.candidates,
      bundle.scorecards,
      bundle.rubricPacks,
      null,
    );
    expect(summary).toMatchObject({
      candidateId: 'c1',
      status: 'complete',
      verdict: 'borderline',
      pending: false,
    });
    expect(summary!.architectureScore).toBeCloseTo(71.43, 2);
    expect(summary!.engineeringScore).toBeCloseTo(44.44, 2);
    expect(summary!.scorecardCount).toBe(4);
  });

  it('hides scores from a viewer whose own scorecard is still a draft', () => {
    const bundle = workedExample();
    const [summary] = summarizeCandidates(
      bundle.candidates,
      bundle.scorecards,
      bundle.rubricPacks,
      null,
      'Dee',
    );
    expect(summary!.hiddenFromViewer).toBe(true);
  });

  it('is not started without scorecards, and in progress until every module has a submitted one', () => {
    const pack = makeTestPack();
    const candidates = [makeCandidate({ id: 'a' }), makeCandidate({ id: 'b' })];
    const cards = [
      makeScorecard({ id: 's', candidateId: 'b', moduleId: 'm1', ratings: ratings({ a1: 3 }) }),
    ];
    const summaries = summarizeCandidates(candidates, cards, [pack], pack);
    expect(summaries.map((row) => row.status)).toEqual(['not-started', 'in-progress']);
  });

  it('gives a provisional row from the candidate alone, marked pending', () => {
    const row = provisionalSummary(
      makeCandidate({ id: 'c9', name: 'Zed', packId: 'p', packVersion: 2 }),
    );
    expect(row).toMatchObject({
      candidateId: 'c9',
      name: 'Zed',
      pending: true,
      verdict: null,
      packKey: 'p@2',
    });
  });
});
