import type { ArchkitDatabase } from './database';

/** The meta entry listing every shipped pack version this database has ever seeded. */
export const SEEDED_KEYS = 'seededPackKeys';

/**
 * The shipped packs this database has never seeded. Kept apart from seeding itself (which
 * validates with zod and needs the scoring code), so an ordinary start, with nothing new
 * shipped, reads one record and loads nothing more.
 */
export async function unseededPacks<T extends { key: string }>(
  db: ArchkitDatabase,
  shipped: readonly T[],
): Promise<T[]> {
  const entry = await db.meta.get(SEEDED_KEYS);
  const seeded = new Set(Array.isArray(entry?.value) ? (entry.value as string[]) : []);
  return shipped.filter((pack) => !seeded.has(pack.key));
}
