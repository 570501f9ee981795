/**
 * Krippendorff's alpha over units of numeric values, with the nominal, ordinal and interval
 * metrics. Each unit is the list of values given to one item (here: the levels the
 * interviewers gave one criterion); missing values are simply absent from the list.
 *
 * alpha = 1 − (n − 1) · Σ o_ck δ²(c,k) / Σ n_c n_k δ²(c,k), from the coincidence matrix o,
 * its marginals n_c and n = Σ n_c (Krippendorff, "Computing Krippendorff's Alpha-Reliability").
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

export function krippendorffAlpha(
  units: readonly (readonly number[])[],
  metric: AlphaMetric = 'ordinal',
): number | null {
  // Units with fewer than two values cannot be paired, so they carry no information.
  // Levels take few distinct values, so a sorted array beats a Map here (and this runs
  // once per candidate in a year-long cohort).
  const values: number[] = [];
  for (const unit of units) {
    if (unit.length < 2) continue;
    for (const v of unit) if (!values.includes(v)) values.push(v);
  }
  if (values.length < 2) return null; // no values, or all equal: agreement is undefined
  values.sort((a, b) => a - b);
  const size = values.length;

  const coincidence = new Float64Array(size * size);
  const counts = new Float64Array(size);
  for (const unit of units) {
    if (unit.length < 2) continue;
    counts.fill(0);
    for (const v of unit) counts[values.indexOf(v)]! += 1;
    // Each ordered pair of values in the unit adds 1 / (m − 1); counting per value makes the
    // sums independent of the order the values came in.
    const share = 1 / (unit.length - 1);
    for (let c = 0; c < size; c++) {
      const nc = counts[c]!;
      if (nc === 0) continue;
      for (let k = 0; k < size; k++) {
        const pairs = c === k ? nc * (nc - 1) : nc * counts[k]!;
        if (pairs > 0) coincidence[c * size + k]! += pairs * share;
      }
    }
  }
  const marginal = new Float64Array(size);
  let n = 0;
  for (let c = 0; c < size; c++) {
    let row = 0;
    for (let k = 0; k < size; k++) row += coincidence[c * size + k]!;
    marginal[c] = row;
    n += row;
  }

  const delta = distance(metric, values, marginal);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue;
      const d = delta(c, k);
      observed += coincidence[c * size + k]! * d;
      expected += marginal[c]! * marginal[k]! * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** δ²(c, k) between the c-th and k-th smallest values. */
function distance(
  metric: AlphaMetric,
  values: readonly number[],
  marginal: Float64Array,
): (c: number, k: number) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (metric === 'interval') return (c, k) => (values[c]! - values[k]!) ** 2;
  // Ordinal: the distance is the mass of values between c and k, halving the two ends.
  const cumulative = new Float64Array(marginal.length + 1);
  for (let g = 0; g < marginal.length; g++) cumulative[g + 1] = cumulative[g]! + marginal[g]!;
  return (c, k) => {
    const lo = Math.min(c, k);
    const hi = Math.max(c, k);
    const between = cumulative[hi + 1]! - cumulative[lo]!;
    return (between - (marginal[c]! + marginal[k]!) / 2) ** 2;
  };
}
