import { useLiveQuery } from 'dexie-react-hooks';
import type { ArchkitDatabase } from './database';
import { deleteCandidate } from './candidate-repository';
import { listSummaries, summaryTables } from './summary-repository';
import { decisionDate, isPastRetention, validRetentionDays } from './retention-policy';

const RETENTION_KEY = 'retentionDays';

export type PurgeCandidate = { id: string; name: string; decidedAt: string };

/** The retention period in days, or null when candidates are kept until erased by hand. */
export async function getRetentionDays(db: ArchkitDatabase): Promise<number | null> {
  const value = (await db.meta.get(RETENTION_KEY))?.value;
  return validRetentionDays(value) ? value : null;
}

export async function setRetentionDays(
  db: ArchkitDatabase,
  days: number | null,
  now = new Date().toISOString(),
): Promise<void> {
  if (days === null) await db.meta.delete(RETENTION_KEY);
  else if (validRetentionDays(days))
    await db.meta.put({ key: RETENTION_KEY, value: days, updatedAt: now });
  else throw new RangeError(`Retention must be a whole number of days from 7 to 3650, not ${days}`);
}

/** Who the retention period would erase now, oldest decision first: shown before erasing. */
export async function previewPurge(
  db: ArchkitDatabase,
  days: number,
  now = new Date(),
): Promise<PurgeCandidate[]> {
  // The decision dates come from the cached rows: no scorecard needs to be read.
  return db.transaction('r', db.candidates, db.summaryPages, async () => {
    const decided = new Map(
      (await listSummaries(db)).map((row) => [row.candidateId, row.lastSubmittedAt] as const),
    );
    const due: PurgeCandidate[] = [];
    await db.candidates.each((candidate) => {
      const decidedAt = decisionDate(candidate, decided.get(candidate.id) ?? null);
      if (decidedAt && isPastRetention(decidedAt, days, now)) {
        due.push({ id: candidate.id, name: candidate.name, decidedAt });
      }
    });
    return due.sort((a, b) => Date.parse(a.decidedAt) - Date.parse(b.decidedAt));
  });
}

/** Erases the listed candidates and everything about them, all or none. */
export async function eraseCandidates(db: ArchkitDatabase, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', [...summaryTables(db), db.audit], async () => {
    for (const id of ids) await deleteCandidate(db, id);
  });
}

/** The retention setting and its preview, kept current as data changes (also in other tabs). */
export function useRetention(db: ArchkitDatabase, now: Date) {
  return useLiveQuery(async () => {
    const days = await getRetentionDays(db);
    return { days, due: days === null ? [] : await previewPurge(db, days, now) };
  }, [db, now.getTime()]);
}
