import { describe, expect, it } from 'vitest';
import {
  summarizeAll,
  summarizeCandidates,
  summaryForViewer,
} from '../../src/domain/candidate-summary';
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
      hiddenFromViewer: false,
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

  it('remembers who still has a draft, so the stored row can be hidden from exactly them', () => {
    const bundle = workedExample();
    const [stored] = summarizeAll(bundle.candidates, bundle.scorecards, bundle.rubricPacks, null);
    expect(stored!.draftInterviewers).toEqual(['Dee']);
    expect(summaryForViewer(stored!, 'Dee').hiddenFromViewer).toBe(true);
    expect(summaryForViewer(stored!, 'Ann').hiddenFromViewer).toBe(false);
    expect(summaryForViewer(stored!, null).hiddenFromViewer).toBe(false);
    expect(summaryForViewer(stored!, 'Dee')).not.toHaveProperty('draftInterviewers');
  });
});
