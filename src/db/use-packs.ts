import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from './database-provider';
import { getPack, listLatestPacks, listPacks } from './pack-repository';
import type { StoredPack } from './database';

/** All stored packs; `undefined` while the first read is under way. */
export function usePacks(): StoredPack[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listPacks(db), [db]);
}

export function useLatestPacks(): StoredPack[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listLatestPacks(db), [db]);
}

/** One pack version; `null` when it does not exist, `undefined` while loading. */
export function usePack(id: string, version: number): StoredPack | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await getPack(db, id, version)) ?? null, [db, id, version]);
}
