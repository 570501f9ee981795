import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../src/domain/agreement';

// Krippendorff's published example: observers A–D (rows), units 1–12 (columns), null = missing.
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
const published = A.map((_, u) =>
  [A[u], B[u], C[u], D[u]].filter((v): v is number => v !== null && v !== undefined),
);

describe("Krippendorff's alpha", () => {
  it("matches Krippendorff's worked example for ordinal data (0.815)", () => {
    expect(krippendorffAlpha(published, 'ordinal')).toBeCloseTo(0.815, 3);
  });

  it('matches the same example for nominal (0.743) and interval (0.849) data', () => {
    expect(krippendorffAlpha(published, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(published, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('uses the ordinal metric by default', () => {
    expect(krippendorffAlpha(published)).toBe(krippendorffAlpha(published, 'ordinal'));
  });

  // Units [4, 2] and [3, 3]: n2 = 1, n3 = 2, n4 = 1, n = 4; o24 = o42 = 1, o33 = 2.
  // Ordinal δ²: (2,3) = (3 − 1.5)² = 2.25, (3,4) = 2.25, (2,4) = (4 − 1)² = 9.
  // Σ o δ² = 18; Σ n_c n_k δ² = 2(2·2.25 + 2·2.25 + 1·9) = 36; α = 1 − 3·18/36 = −0.5.
  it('computes a small case by hand: one split unit, one agreeing unit', () => {
    expect(
      krippendorffAlpha(
        [
          [4, 2],
          [3, 3],
        ],
        'ordinal',
      ),
    ).toBeCloseTo(-0.5, 12);
    // Nominal: Σ o δ = 2, Σ n n δ = 2(2 + 2 + 1) = 10, α = 1 − 3·2/10 = 0.4.
    expect(
      krippendorffAlpha(
        [
          [4, 2],
          [3, 3],
        ],
        'nominal',
      ),
    ).toBeCloseTo(0.4, 12);
  });

  it('is 1 when every unit agrees and the units differ', () => {
    expect(
      krippendorffAlpha([
        [1, 1],
        [3, 3, 3],
      ]),
    ).toBe(1);
  });

  // Units [1, 2] and [1, 2]: n1 = n2 = 2, n = 4, o12 = o21 = 2; δ²(1,2) = (4 − 2)² = 4.
  // α = 1 − 3·(2·4·2)/(2·2·2·4) = 1 − 48/32 = −0.5.
  it('is negative when disagreement is systematic', () => {
    expect(
      krippendorffAlpha([
        [1, 2],
        [2, 1],
      ]),
    ).toBeCloseTo(-0.5, 12);
  });

  it('ignores the order of values within a unit and of units', () => {
    const shuffled = [...published].reverse().map((unit) => [...unit].reverse());
    expect(krippendorffAlpha(shuffled)).toBe(krippendorffAlpha(published));
  });

  it('drops units with fewer than two values', () => {
    expect(krippendorffAlpha([[4, 2], [3, 3], [1], []])).toBeCloseTo(-0.5, 12);
  });

  it('is null with fewer than two pairable values or when all values are equal', () => {
    expect(krippendorffAlpha([])).toBeNull();
    expect(krippendorffAlpha([[3], [2]])).toBeNull();
    expect(
      krippendorffAlpha([
        [3, 3],
        [3, 3, 3],
      ]),
    ).toBeNull();
  });
});
