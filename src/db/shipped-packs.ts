import type { ShippedPack } from './seed';
import { packKeyFromFileName } from './pack-file-name';

// Each pack file becomes its own chunk, fetched only when a database has not seeded it yet.
const files = import.meta.glob<{ default: unknown }>('../../rubrics/*.v*.json');

export const SHIPPED_PACKS: readonly ShippedPack[] = Object.entries(files).flatMap(
  ([path, load]) => {
    const key = packKeyFromFileName(path);
    return key ? [{ key, load: async () => (await load()).default }] : [];
  },
);
