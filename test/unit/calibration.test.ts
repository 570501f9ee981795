import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_THRESHOLD,
  computeCalibration,
  readCalibration,
} from '../../src/domain/calibration';
import { makeScorecard, ratings } from '../fixtures/factories';

/**
 * Worked by hand:
 *   c1 a1: Ann 4, Bob 2, Cy 3  → Ann 4 − 2.5 = +1.5, Bob 2 − 3.5 = −1.5, Cy 3 − 3 = 0
 *   c1 a2: Ann 3, Bob 3        → Ann 0, Bob 0
 *   c1 e1: Ann 2, Bob null     → one value only: no comparison
 *   c2 a1: Ann 4, Cy 4         → 0, 0
 *   c2 a2: Ann 4, Cy 2         → Ann +2, Cy −2
 *   Ann (1.5 + 0 + 0 + 2) / 4 = 0.875 → lenient
 *   Bob (−1.5 + 0) / 2 = −0.75        → severe
 *   Cy (0 + 0 − 2) / 3 = −0.667       → severe
 * Dee's draft counts as a draft only; Ann's draft on c3 neither rates nor compares.
 */
function example() {
  return [
    makeScorecard({
      id: 's1',
      candidateId: 'c1',
      moduleId: 'm1',
      interviewer: 'Ann',
      ratings: ratings({ a1: 4, a2: 3, e1: 2 }),
    }),
    makeScorecard({
      id: 's2',
      candidateId: 'c1',
      moduleId: 'm1',
      interviewer: 'Bob',
      ratings: ratings({ a1: 2, a2: 3, e1: null }),
    }),
    makeScorecard({
      id: 's3',
      candidateId: 'c1',
      moduleId: 'm1',
      interviewer: 'Cy',
      ratings: ratings({ a1: 3 }),
    }),
    makeScorecard({
      id: 's4',
      candidateId: 'c2',
      moduleId: 'm1',
      interviewer: 'Ann',
      ratings: ratings({ a1: 4, a2: 4 }),
    }),
    makeScorecard({
      id: 's5',
      candidateId: 'c2',
      moduleId: 'm1',
      interviewer: 'Cy',
      ratings: ratings({ a1: 4, a2: 2 }),
    }),
    makeScorecard({
      id: 's6',
      candidateId: 'c1',
      moduleId: 'm2',
      interviewer: 'Dee',
      status: 'draft',
      ratings: ratings({ a3: 1 }),
    }),
    makeScorecard({
      id: 's7',
      candidateId: 'c3',
      moduleId: 'm1',
      interviewer: 'Ann',
      status: 'draft',
      ratings: ratings({ a1: 1 }),
    }),
    makeScorecard({
      id: 's8',
      candidateId: 'c3',
      moduleId: 'm1',
      interviewer: 'Bob',
      ratings: ratings({ a1: 4 }),
    }),
  ];
}

describe('interviewer calibration', () => {
  it('matches the example worked by hand', () => {
    const rows = computeCalibration(example());
    expect(rows.map((r) => r.interviewer)).toEqual(['Ann', 'Bob', 'Cy', 'Dee']);
    const [ann, bob, cy, dee] = rows;
    expect(ann!.meanDifference).toBeCloseTo(0.875, 10);
    expect(ann).toMatchObject({ comparisons: 4, reading: 'lenient', submitted: 2, drafts: 1 });
    expect(bob!.meanDifference).toBeCloseTo(-0.75, 10);
    expect(bob).toMatchObject({ comparisons: 2, reading: 'severe', submitted: 2, drafts: 0 });
    expect(cy!.meanDifference).toBeCloseTo(-2 / 3, 10);
    expect(cy).toMatchObject({ comparisons: 3, reading: 'severe', submitted: 2, drafts: 0 });
    expect(dee).toEqual({
      interviewer: 'Dee',
      meanDifference: null,
      comparisons: 0,
      reading: 'no-overlap',
      submitted: 0,
      drafts: 1,
    });
  });

  it('never compares ratings of different pack versions or candidates', () => {
    const rows = computeCalibration([
      makeScorecard({
        id: 'x1',
        candidateId: 'c1',
        moduleId: 'm1',
        interviewer: 'Ann',
        ratings: ratings({ a1: 4 }),
      }),
      makeScorecard({
        id: 'x2',
        candidateId: 'c1',
        moduleId: 'm1',
        interviewer: 'Bob',
        packVersion: 2,
        ratings: ratings({ a1: 1 }),
      }),
      makeScorecard({
        id: 'x3',
        candidateId: 'c2',
        moduleId: 'm1',
        interviewer: 'Cy',
        ratings: ratings({ a1: 1 }),
      }),
    ]);
    expect(rows.map((r) => r.reading)).toEqual(['no-overlap', 'no-overlap', 'no-overlap']);
  });

  it('keeps apart units whose ids would read the same joined together', () => {
    // Candidate "c1" with pack "2:p" and candidate "c12:" with pack "p" both join to "c12:p".
    const card = (id: string, candidateId: string, packId: string, interviewer: string) =>
      makeScorecard({
        id,
        candidateId,
        packId,
        moduleId: 'm1',
        interviewer,
        ratings: ratings({ a1: 4 }),
      });
    const rows = computeCalibration([
      card('y1', 'c1', '2:p', 'Ann'),
      card('y2', 'c12:', 'p', 'Bob'),
    ]);
    expect(rows.map((r) => r.reading)).toEqual(['no-overlap', 'no-overlap']);
  });

  it('reads half a level as the edge of in line, compared unrounded', () => {
    expect(CALIBRATION_THRESHOLD).toBe(0.5);
    expect(readCalibration(0.5)).toBe('in-line');
    expect(readCalibration(0.5000001)).toBe('lenient');
    expect(readCalibration(-0.5)).toBe('in-line');
    expect(readCalibration(-0.5000001)).toBe('severe');
    expect(readCalibration(0)).toBe('in-line');
    expect(readCalibration(null)).toBe('no-overlap');
  });
});
