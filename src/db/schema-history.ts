import type { Transaction } from 'dexie';

export type SchemaStep = {
  version: number;
  /** Why this version exists, for the next person who adds one. */
  why: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};

/**
 * The whole history of the IndexedDB schema, oldest first. Never edit a step that has
 * shipped: add a new one with an upgrade function and a fixture test
 * (test/component/db-upgrade.test.tsx) that opens a database saved by each earlier version.
 */
export const SCHEMA_HISTORY: readonly SchemaStep[] = [
  {
    version: 1,
    why: 'First schema: packs by id@version, candidates, scorecards, an audit log and key/value meta.',
    stores: {
      packs: 'key, id, [id+version]',
      candidates: 'id, name, track, createdAt, updatedAt',
      scorecards:
        'id, candidateId, [candidateId+moduleId], [packId+packVersion], interviewer, status, updatedAt',
      audit: 'id, candidateId, scorecardId, at',
      meta: 'key',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
