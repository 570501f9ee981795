import Dexie, { type EntityTable } from 'dexie';
import type { RubricPack } from '../domain/rubric-schema';
import type { Candidate } from '../domain/candidate-schema';
import type { SummaryPage } from './summary-pages';
import type { StoredScorecardPage, StoredScorecardRefPage } from './scorecard-store';
import { SCHEMA_HISTORY } from './schema-history';

export const DEFAULT_DATABASE_NAME = 'archkit';

/** A pack as stored: the pack itself plus where it came from. `key` is `id@version`. */
export type StoredPack = RubricPack & {
  key: string;
  source: 'shipped' | 'user' | 'imported';
  storedAt: string;
};

export type AuditEntry = {
  id: string;
  candidateId: string;
  scorecardId?: string;
  actor: string;
  action: string;
  at: string;
  before?: unknown;
  after?: unknown;
};

/** Every stored candidate carries `updatedAt`, so merges can pick the newer copy. */
export type StoredCandidate = Candidate & { updatedAt: string };

export type MetaEntry = { key: string; value: unknown; updatedAt: string };

export type ArchkitDatabase = Dexie & {
  packs: EntityTable<StoredPack, 'key'>;
  candidates: EntityTable<StoredCandidate, 'id'>;
  /** Scorecards, in pages by candidate: read and written only through scorecard-store.ts. */
  scorecardPages: EntityTable<StoredScorecardPage, 'page'>;
  scorecardRefs: EntityTable<StoredScorecardRefPage, 'page'>;
  audit: EntityTable<AuditEntry, 'id'>;
  meta: EntityTable<MetaEntry, 'key'>;
  /** A cache of each candidate's list row, in pages, rebuilt with every write (summary-repository.ts). */
  summaryPages: EntityTable<SummaryPage, 'page'>;
};

/**
 * Opens Archkit's database by name. Every version of the schema is declared, oldest first,
 * with its upgrade function (schema-history.ts), so a database saved by any earlier version
 * opens and upgrades in place. `upTo` lets a test create a database as an old version saw it.
 */
export function openDatabase(
  name: string = DEFAULT_DATABASE_NAME,
  options: { upTo?: number } = {},
): ArchkitDatabase {
  const db = new Dexie(name) as ArchkitDatabase;
  for (const step of SCHEMA_HISTORY) {
    if (options.upTo !== undefined && step.version > options.upTo) break;
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
  return db;
}
