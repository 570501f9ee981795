import type { Transaction } from 'dexie';
import {
  encodeRefPage,
  encodeScorecardPage,
  layOutScorecards,
  type ScorecardPage,
  type ScorecardRefPage,
} from './scorecard-store';

export type SchemaStep = {
  version: number;
  /** Why this version exists, for the next person who adds one. */
  why: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
  /** Tables and indexes added or dropped only: no record changes shape, so no upgrade. */
  indexesOnly?: true;
};

type Row = Record<string, unknown>;

/**
 * Version 2's record transforms, pure so they are tested without a database. A submitted
 * scorecard always has `submittedAt` from v2 on (format-1 files may omit it: its last change
 * is the best date known), so the new index finds every decision; a candidate always has
 * `updatedAt`, which merges compare.
 */
export function scorecardToV2<T extends Row>(card: T): T {
  if (card.status !== 'submitted' || typeof card.submittedAt === 'string') return card;
  return { ...card, submittedAt: card.updatedAt };
}

export function candidateToV2<T extends Row>(candidate: T): T {
  if (typeof candidate.updatedAt === 'string') return candidate;
  return { ...candidate, updatedAt: candidate.createdAt };
}

/** Applies a pure transform to every row of a table inside an upgrade transaction. */
async function transformTable(tx: Transaction, table: string, transform: (row: Row) => Row) {
  await tx
    .table(table)
    .toCollection()
    .modify((row: Row, ref: { value: Row }) => {
      const next = transform(row);
      if (next !== row) ref.value = next;
    });
}

/**
 * The whole history of the IndexedDB schema, oldest first. Never edit a step that has
 * shipped: add a new one with an upgrade function and a fixture in
 * test/fixtures/old-databases/ (test/unit/db-upgrade.test.ts opens a database saved by each
 * earlier version and finds every record). A step that only adds a table needs no upgrade.
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
  {
    version: 2,
    why: 'Retention: scorecards by submittedAt (the decision date), filled in for old submitted cards; audit entries by candidate in time order.',
    stores: {
      scorecards:
        'id, candidateId, [candidateId+moduleId], [packId+packVersion], interviewer, status, updatedAt, submittedAt',
      audit: 'id, candidateId, scorecardId, at, [candidateId+at]',
    },
    upgrade: async (tx) => {
      await transformTable(tx, 'scorecards', scorecardToV2);
      await transformTable(tx, 'candidates', candidateToV2);
    },
  },
  {
    version: 3,
    why: "A year of hiring: each candidate's list row (status, verdict, scores) kept as a cache, so the list and the cohort open without reading every scorecard; indexes nobody queried dropped, so imports write less. No record changes: the next start fills the new table (ensureSummariesCurrent), as it does whenever the scoring rules change.",
    indexesOnly: true,
    stores: {
      summaries: 'candidateId',
      // Every index is written for every record: a year of hiring is 120,000 scorecards, and
      // these were never queried (retention filters by status, a draft is found among the
      // candidate's dozen cards), so they only slowed imports down.
      scorecards: 'id, candidateId, [packId+packVersion]',
      candidates: 'id, track',
    },
  },
  {
    version: 4,
    why: "The cached list rows kept in pages (summary-pages.ts): IndexedDB's cost is per record, and the list reads every row on every start. No record changes: the cache is refilled by the next start.",
    indexesOnly: true,
    stores: {
      summaries: null,
      summaryPages: 'page',
    },
  },
  {
    version: 5,
    why: "Scorecards kept in pages by candidate (scorecard-store.ts): a year of hiring is 120,000 cards, and Chromium's cost is per record written (21–32 s to import them as records of their own, under a second as a thousand pages). A small map from each card's id to its candidate and pack version keeps ids unique and pack usage countable without reading cards.",
    stores: {
      scorecards: null,
      scorecardPages: 'page',
      scorecardRefs: 'page',
    },
    upgrade: async (tx) => {
      const { pages, refPages } = layOutScorecards(await tx.table('scorecards').toArray());
      await tx.table('scorecardPages').bulkPut(pages);
      await tx.table('scorecardRefs').bulkPut(refPages);
    },
  },
  {
    version: 6,
    why: "Each scorecard page holds its cards as JSON text (scorecard-store.ts): IndexedDB's structured clone walks every object of a value but copies a string whole, so a year of hiring is written in about half the time, and read back faster too.",
    stores: {},
    upgrade: (tx) =>
      transformTable(tx, 'scorecardPages', (row) => encodeScorecardPage(row as ScorecardPage)),
  },
  {
    version: 7,
    why: 'The map of scorecard ids kept as JSON text too (scorecard-store.ts): 120,000 small objects in a year of hiring took 200–300 ms of an import to clone, a few strings take a few.',
    stores: {},
    upgrade: (tx) =>
      transformTable(tx, 'scorecardRefs', (row) => encodeRefPage(row as ScorecardRefPage)),
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
