import { describe, expect, it } from 'vitest';
import { confidenceNote, readAgreement } from '../../src/domain/agreement-reading';
import { krippendorffAlpha } from '../../src/domain/agreement';

describe('the plain reading of the panel agreement', () => {
  it.each([
    [1, 'reliable'],
    [0.8, 'reliable'],
    [0.7999, 'tentative'],
    [0.667, 'tentative'],
    // Displays as 0.67 but is below the line: compared unrounded.
    [0.6669, 'settle-first'],
    [0, 'settle-first'],
    [-0.4, 'settle-first'],
    [null, 'unknown'],
  ] as const)('alpha %s reads as %s', (alpha, level) => {
    expect(readAgreement(alpha).level).toBe(level);
  });

  it('tells the panel what to do below 0.667', () => {
    expect(readAgreement(0.5).text).toContain(
      'settle the disagreements in the debrief before deciding',
    );
  });

  it("reads Krippendorff's published ordinal example (0.815) as reliable, and a split panel (−0.5) as settle first", () => {
    // The published example: observers A–D, units 1–12 (see agreement.test.ts).
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
    const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
    const units = A.map((_, u) =>
      [A[u], B[u], C[u], D[u]].filter((v): v is number => v !== null && v !== undefined),
    );
    expect(readAgreement(krippendorffAlpha(units, 'ordinal')).level).toBe('reliable');
    // By hand: units [4, 2] and [3, 3] give alpha = −0.5.
    expect(
      readAgreement(
        krippendorffAlpha(
          [
            [4, 2],
            [3, 3],
          ],
          'ordinal',
        ),
      ).level,
    ).toBe('settle-first');
  });
});

describe('the confidence note', () => {
  const base = {
    submittedCount: 6,
    interviewers: ['Ann', 'Bob', 'Cy'],
    coverage: { observed: 10, total: 10, notObserved: [] },
    agreement: 0.85,
    draftCount: 0,
    verdict: 'architect' as const,
  };

  it('is high with a full, agreeing panel that observed everything', () => {
    const note = confidenceNote(base);
    expect(note.confidence).toBe('high');
    expect(note.sentences).toEqual([
      '3 interviewers submitted 6 scorecards.',
      'Every one of the 10 criteria was observed.',
      'Panel agreement: reliable.',
    ]);
  });

  it('is moderate when agreement is tentative, low when it must be settled first', () => {
    expect(confidenceNote({ ...base, agreement: 0.7 }).confidence).toBe('moderate');
    expect(confidenceNote({ ...base, agreement: 0.5 }).confidence).toBe('low');
  });

  it('is low with less than half the rubric observed, and names drafts', () => {
    const note = confidenceNote({
      ...base,
      coverage: { observed: 4, total: 10, notObserved: [] },
      draftCount: 1,
    });
    expect(note.confidence).toBe('low');
    expect(note.sentences).toContain(
      '4 of 10 criteria were observed; 6 were not, so the scores rest on less evidence.',
    );
    expect(note.sentences).toContain('1 scorecard is still a draft and not counted.');
  });

  it('is low without evidence', () => {
    const note = confidenceNote({
      ...base,
      submittedCount: 0,
      interviewers: [],
      agreement: null,
      verdict: 'insufficient-evidence',
    });
    expect(note.confidence).toBe('low');
    expect(note.sentences[0]).toBe('No interviewer has submitted a scorecard yet.');
  });
});
