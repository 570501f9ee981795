import type { ArchkitDatabase, StoredPack } from './database';
import { fromStoredPack } from './pack-repository';
import { readAllScorecardRefs } from './scorecard-store';
import { refreshSummariesForPack, summaryTables } from './summary-repository';
import { packKey } from '../domain/pack-key';

// What a pack's page needs: which versions there are, which scorecards use them, deleting an
// unused one and exporting one. No validation here, so that page loads no zod; saving and
// importing, which validate, are in pack-versions.ts.

/**
 * The versioning rules of rubric packs, enforced inside transactions (here and in
 * pack-versions.ts) so no screen can break them: a saved pack version is never overwritten (an edit is a new version), and a
 * version that any scorecard names can never be deleted.
 */
export class PackVersionError extends Error {
  constructor(
    readonly reason: 'in-use' | 'missing' | 'invalid' | 'unchanged',
    message: string,
  ) {
    super(message);
    this.name = 'PackVersionError';
  }
}

/** Scorecards naming one pack version: while there is one, the version is frozen. */
export async function countScorecardsUsing(
  db: ArchkitDatabase,
  id: string,
  version: number,
): Promise<number> {
  return (await scorecardCountsByVersion(db, id)).get(version) ?? 0;
}

/** Scorecards naming any version of a pack, by version. */
export async function scorecardCountsByVersion(
  db: ArchkitDatabase,
  id: string,
): Promise<Map<number, number>> {
  // From the map of card ids alone: no scorecard is read.
  const counts = new Map<number, number>();
  for (const ref of (await readAllScorecardRefs(db)).values())
    if (ref.packId === id) counts.set(ref.packVersion, (counts.get(ref.packVersion) ?? 0) + 1);
  return counts;
}

export async function listVersions(db: ArchkitDatabase, id: string): Promise<StoredPack[]> {
  return (await db.packs.where('id').equals(id).toArray()).sort((a, b) => a.version - b.version);
}

/**
 * Deletes a pack version no scorecard names. The check and the delete share one transaction,
 * so a scorecard saved meanwhile in another tab cannot slip between them.
 */
export async function deletePackVersion(
  db: ArchkitDatabase,
  id: string,
  version: number,
): Promise<void> {
  await db.transaction('rw', summaryTables(db), async () => {
    const key = packKey({ id, version });
    if (!(await db.packs.get(key))) {
      throw new PackVersionError(
        'missing',
        `There is no pack "${id}" version ${version} to delete.`,
      );
    }
    const used = await countScorecardsUsing(db, id, version);
    if (used > 0) {
      throw new PackVersionError(
        'in-use',
        `Version ${version} of "${id}" cannot be deleted: ${used} scorecard${used === 1 ? '' : 's'} use${used === 1 ? 's' : ''} it.`,
      );
    }
    await db.packs.delete(key);
    await refreshSummariesForPack(db, key);
  });
}

export function packFileText(stored: StoredPack): string {
  return `${JSON.stringify(fromStoredPack(stored), null, 2)}\n`;
}
