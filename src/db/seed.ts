import type { ArchkitDatabase } from './database';
import { toStoredPack } from './pack-repository';
import { refreshSummariesForPack, summaryTables } from './summary-repository';
import { SEEDED_KEYS, unseededPacks } from './seeded-packs';
import { validateRubricPack } from '../domain/rubric-validate';
import { problemText } from '../domain/validation-error';
import { packKey } from '../domain/pack-key';

/** A pack file that ships with the app, loaded only when it has not been seeded yet. */
export type ShippedPack = { key: string; load: () => Promise<unknown> };

/**
 * Stores every shipped pack version this database has never seen. A version seeded once is
 * never re-added or overwritten, so a user's deletions and their own packs are untouched;
 * a new version shipped in `rubrics/` arrives on the next start.
 */
export async function seedShippedPacks(
  db: ArchkitDatabase,
  shipped: readonly ShippedPack[],
  now: () => string = () => new Date().toISOString(),
): Promise<string[]> {
  const pending = await unseededPacks(db, shipped);
  if (pending.length === 0) return [];

  const packs = await Promise.all(
    pending.map(async (file) => {
      const result = validateRubricPack(await file.load());
      // A shipped pack is checked by `npm run rubrics:check`; failing here is a build error.
      if (!result.ok)
        throw new Error(
          `Shipped rubric pack ${file.key} is invalid: ${problemText(result.problem)}`,
        );
      // `$schema` only points editors at the JSON Schema; it is not part of the pack.
      const { $schema: _schema, ...pack } = result.value;
      return pack as typeof result.value;
    }),
  );

  const added: string[] = [];
  await db.transaction('rw', summaryTables(db), async () => {
    // Re-read inside the transaction: another tab may have seeded meanwhile.
    const current = await db.meta.get(SEEDED_KEYS);
    const alreadySeeded = new Set(Array.isArray(current?.value) ? (current.value as string[]) : []);
    for (const pack of packs) {
      const key = packKey(pack);
      if (alreadySeeded.has(key)) continue;
      if (!(await db.packs.get(key))) {
        await db.packs.add(toStoredPack(pack, 'shipped', now()));
        added.push(key);
      }
      alreadySeeded.add(key);
    }
    await db.meta.put({ key: SEEDED_KEYS, value: [...alreadySeeded].sort(), updatedAt: now() });
    // A newer shipped version is what candidates without a pack are measured against.
    for (const key of added) await refreshSummariesForPack(db, key);
  });
  return added;
}
