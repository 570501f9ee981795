/** The day count a retention setting may take: off, or from a week to ten years. */
export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3_650;
const DAY_MS = 24 * 60 * 60 * 1_000;

/**
 * When a candidate was decided: a recorded decision (`decidedAt`, when a screen records one)
 * or else when their last scorecard was submitted (`lastSubmittedAt` of their summary).
 * Drafts decide nothing; a candidate with no submitted scorecard has no decision and is
 * never purged by the retention period.
 */
export function decisionDate(candidate: object, lastSubmittedAt: string | null): string | null {
  const recorded = (candidate as { decidedAt?: unknown }).decidedAt;
  if (typeof recorded === 'string' && !Number.isNaN(Date.parse(recorded))) return recorded;
  return lastSubmittedAt;
}

/** True when the decision is more than `days` whole days before `now`. */
export function isPastRetention(decidedAt: string, days: number, now: Date): boolean {
  return now.getTime() - Date.parse(decidedAt) > days * DAY_MS;
}

export function validRetentionDays(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_RETENTION_DAYS &&
    value <= MAX_RETENTION_DAYS
  );
}
