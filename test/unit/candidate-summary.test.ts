import { describe, expect, it } from 'vitest';
import { combineCalibration, computeCalibration } from '../../src/domain/calibration';
import { sampleBundle } from '../../src/domain/sample-candidates';
import { packKey } from '../../src/domain/pack-key';
import { computeReport } from '../../src/domain/report-model';
import { makeYearOfHiring } from '../fixtures/year-of-hiring';
import {
  cohortCalibrationTallies,
  lastSubmittedAt,
  packForCandidate,
  scorecardsByCandidate,
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
  it('give every candidate the verdict and scores of their full report', () => {
    const bundle = makeYearOfHiring({ candidates: 300 });
    const packs = new Map(bundle.rubricPacks.map((pack) => [packKey(pack), pack] as const));
    const fallback = bundle.rubricPacks[0]!;
    const rows = summarizeAll(bundle.candidates, bundle.scorecards, bundle.rubricPacks, fallback);
    const cardsOf = scorecardsByCandidate(bundle.scorecards);
    const verdicts = new Set<string | null>();
    bundle.candidates.forEach((candidate, i) => {
      const cards = cardsOf.get(candidate.id) ?? [];
      const pack = packForCandidate(candidate, cards, packs, fallback)!;
      const own = cards.filter((c) => c.packId === pack.id && c.packVersion === pack.version);
      const report = computeReport(candidate, pack, own);
      expect(rows[i]).toMatchObject({
        candidateId: candidate.id,
        verdict: report.verdict,
        architectureScore: report.architectureScore,
        engineeringScore: report.engineeringScore,
      });
      verdicts.add(report.verdict);
    });
    // The year is varied enough for the comparison to mean something.
    expect(verdicts.size).toBeGreaterThanOrEqual(3);
  });

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

  it('shows a viewer every field of the stored row but who has drafts, calibration and dates', () => {
    const bundle = sampleBundle(new Date('2026-11-20T10:00:00Z'));
    for (const stored of summarizeAll(
      bundle.candidates,
      bundle.scorecards,
      bundle.rubricPacks,
      null,
    )) {
      const { draftInterviewers: _d, calibration: _c, lastSubmittedAt: _l, ...shown } = stored;
      expect(summaryForViewer(stored, 'Nobody')).toEqual({ ...shown, hiddenFromViewer: false });
    }
  });

  it('carries each candidate’s share of calibration, which adds up to the cohort’s', () => {
    const bundle = sampleBundle(new Date('2026-11-20T10:00:00Z'));
    const stored = summarizeAll(bundle.candidates, bundle.scorecards, bundle.rubricPacks, null);
    const fromRows = combineCalibration(cohortCalibrationTallies(stored, null));
    const fromCards = computeCalibration(bundle.scorecards);
    expect(fromRows.map(({ meanDifference: _mean, ...rest }) => rest)).toEqual(
      fromCards.map(({ meanDifference: _mean, ...rest }) => rest),
    );
    fromRows.forEach((row, i) =>
      expect(row.meanDifference).toBeCloseTo(fromCards[i]!.meanDifference ?? NaN, 10),
    );
  });

  it('keeps only draft counts of a candidate the viewer is still scoring', () => {
    const bundle = workedExample();
    const stored = summarizeAll(bundle.candidates, bundle.scorecards, bundle.rubricPacks, null);
    const seenByDee = combineCalibration(cohortCalibrationTallies(stored, 'Dee'));
    expect(seenByDee.every((row) => row.submitted === 0 && row.comparisons === 0)).toBe(true);
    expect(seenByDee.find((row) => row.interviewer === 'Dee')?.drafts).toBe(1);
    const seenByAnn = combineCalibration(cohortCalibrationTallies(stored, 'Ann'));
    expect(seenByAnn.find((row) => row.interviewer === 'Ann')?.comparisons).toBeGreaterThan(0);
  });

  it('remembers when the last scorecard was submitted, drafts aside', () => {
    const bundle = workedExample();
    const [stored] = summarizeAll(bundle.candidates, bundle.scorecards, bundle.rubricPacks, null);
    expect(stored!.lastSubmittedAt).toBe(lastSubmittedAt(bundle.scorecards));
    expect(lastSubmittedAt(bundle.scorecards.filter((card) => card.status !== 'submitted'))).toBe(
      null,
    );
  });
});
