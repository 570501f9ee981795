import type { Scorecard } from '../domain/scorecard-schema';

/** The day count a retention setting may take: off, or from a week to ten years. */
export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3_650;
const DAY_MS = 24 * 60 * 60 * 1_000;

/**
 * When a candidate was decided: a recorded decision (`decidedAt`, when a screen records one)
 * or else the last submitted scorecard. Drafts decide nothing; a candidate with no
 * submitted scorecard has no decision and is never purged by the retention period.
 */
export function decisionDate(
  candidate: object,
  scorecards: readonly Pick<Scorecard, 'status' | 'submittedAt' | 'updatedAt'>[],
): string | null {
  const recorded = (candidate as { decidedAt?: unknown }).decidedAt;
  if (typeof recorded === 'string' && !Number.isNaN(Date.parse(recorded))) return recorded;
  let last: string | null = null;
  for (const card of scorecards) {
    if (card.status !== 'submitted') continue;
    const at = card.submittedAt ?? card.updatedAt;
    if (last === null || Date.parse(at) > Date.parse(last)) last = at;
  }
  return last;
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
