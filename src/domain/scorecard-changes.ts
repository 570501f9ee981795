import type { Scorecard } from './scorecard-schema';

export type ScorecardChange = { field: string; before: unknown; after: unknown };

/** What changed between two versions of a scorecard, for the audit log ("who, when, what"). */
export function scorecardChanges(before: Scorecard, after: Scorecard): ScorecardChange[] {
  const changes: ScorecardChange[] = [];
  const ids = new Set([...Object.keys(before.ratings), ...Object.keys(after.ratings)]);
  for (const id of [...ids].sort()) {
    const a = before.ratings[id];
    const b = after.ratings[id];
    if (
      (a?.level ?? undefined) !== (b?.level ?? undefined) ||
      (a === undefined) !== (b === undefined)
    ) {
      changes.push({
        field: `ratings.${id}.level`,
        before: a === undefined ? 'unrated' : a.level,
        after: b === undefined ? 'unrated' : b.level,
      });
    }
    if ((a?.evidence ?? '') !== (b?.evidence ?? '')) {
      changes.push({
        field: `ratings.${id}.evidence`,
        before: a?.evidence ?? '',
        after: b?.evidence ?? '',
      });
    }
  }
  const flagsBefore = [...before.flags].sort();
  const flagsAfter = [...after.flags].sort();
  if (flagsBefore.join('\n') !== flagsAfter.join('\n')) {
    changes.push({ field: 'flags', before: flagsBefore, after: flagsAfter });
  }
  if (before.recommendation !== after.recommendation) {
    changes.push({
      field: 'recommendation',
      before: before.recommendation,
      after: after.recommendation,
    });
  }
  if (before.notes !== after.notes)
    changes.push({ field: 'notes', before: before.notes, after: after.notes });
  return changes;
}
