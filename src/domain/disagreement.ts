/** Levels that differ by this much or more between interviewers are settled in the debrief. */
export const DISAGREEMENT_SPREAD = 2;

/** Highest minus lowest of the levels given; 0 with fewer than two. */
export function levelSpread(levels: readonly (number | null)[]): number {
  const given = levels.filter((level): level is number => level !== null);
  return given.length > 1 ? Math.max(...given) - Math.min(...given) : 0;
}

export function isDisagreement(levels: readonly (number | null)[]): boolean {
  return levelSpread(levels) >= DISAGREEMENT_SPREAD;
}
