import type { ArchkitDatabase, StoredPack } from './database';
import { packKey } from '../domain/pack-key';
import type { RubricPack } from '../domain/rubric-schema';

export function listPacks(db: ArchkitDatabase): Promise<StoredPack[]> {
  return db.packs
    .toArray()
    .then((packs) =>
      packs.sort(
        (a, b) =>
          a.title.localeCompare(b.title) || a.id.localeCompare(b.id) || b.version - a.version,
      ),
    );
}

export function getPack(
  db: ArchkitDatabase,
  id: string,
  version: number,
): Promise<StoredPack | undefined> {
  return db.packs.get(packKey({ id, version }));
}

/** The newest version of each pack id, for pickers that should not show old versions. */
export async function listLatestPacks(db: ArchkitDatabase): Promise<StoredPack[]> {
  const latest = new Map<string, StoredPack>();
  for (const pack of await listPacks(db)) {
    const seen = latest.get(pack.id);
    if (!seen || pack.version > seen.version) latest.set(pack.id, pack);
  }
  return [...latest.values()];
}

export function toStoredPack(
  pack: RubricPack,
  source: StoredPack['source'],
  now: string,
): StoredPack {
  return { ...pack, key: packKey(pack), source, storedAt: now };
}

/** The pack itself, without the storage fields, as it goes into a bundle or a pack file. */
export function fromStoredPack(stored: StoredPack): RubricPack {
  const { key: _key, source: _source, storedAt: _storedAt, ...pack } = stored;
  return pack;
}
