import type { ArchkitDatabase, StoredCandidate, StoredPack } from './database';
import { fromStoredPack } from './pack-repository';
import {
  countSummaryRows,
  readSummaryRow,
  readSummaryRows,
  replaceSummaryRows,
  writeSummaryRows,
} from './summary-pages';
import { readAllScorecards, readScorecardsOfMany, scorecardTables } from './scorecard-store';
import { summarizeAll, summarizeCandidate, type StoredSummary } from '../domain/candidate-summary';
import { packKey } from '../domain/pack-key';
import type { RubricPack } from '../domain/rubric-schema';
import type { Scorecard } from '../domain/scorecard-schema';

/**
 * The candidate list needs a verdict for every candidate, and computing those means reading
 * every scorecard: seconds with a year of hiring. So each candidate's row is kept as a cache
 * (`summaryPages`, see summary-pages.ts), rewritten in the same transaction as every write that can change it. The
 * records people entered stay the truth: a summary can always be rebuilt from them.
 *
 * Bump SUMMARY_REVISION whenever the scoring or the summary's shape changes: the next start
 * rebuilds every cached row with the new rules.
 */
export const SUMMARY_REVISION = 2;
const REVISION_KEY = 'summaryRevision';

/** The tables a transaction needs to keep summaries in step with its writes. */
export function summaryTables(db: ArchkitDatabase) {
  return [db.candidates, ...scorecardTables(db), db.packs, db.summaryPages, db.meta] as const;
}

export type ScoringPacks = { packs: Map<string, RubricPack>; fallback: RubricPack | null };

/** Every stored pack by key, and the pack a candidate without one is measured against. */
export function scoringPacks(stored: readonly StoredPack[]): ScoringPacks {
  const packs = new Map(stored.map((pack) => [pack.key, fromStoredPack(pack)] as const));
  const shipped = stored
    .filter((pack) => pack.source === 'shipped')
    .sort((a, b) => b.version - a.version)[0];
  const fallback = shipped ? packs.get(shipped.key)! : (packs.values().next().value ?? null);
  return { packs, fallback };
}

export async function loadScoringPacks(db: ArchkitDatabase): Promise<ScoringPacks> {
  return scoringPacks(await db.packs.toArray());
}

/** What a caller has just read or written, so the refresh need not read it back. */
export type KnownToRefresh = {
  /** Every scorecard of each candidate named (a candidate named has all their cards here). */
  scorecards?: ReadonlyMap<string, Scorecard[]>;
  candidates?: ReadonlyMap<string, StoredCandidate>;
  packs?: ScoringPacks;
};

/**
 * Rewrites the summaries of these candidates from their stored records; a candidate who no
 * longer exists loses their row. Call inside a read-write transaction over `summaryTables`.
 */
export async function refreshSummaries(
  db: ArchkitDatabase,
  candidateIds: Iterable<string>,
  known: KnownToRefresh = {},
): Promise<void> {
  const ids = [...new Set(candidateIds)];
  const knownCards = known.scorecards ?? new Map<string, Scorecard[]>();
  const knownCandidates = known.candidates ?? new Map<string, StoredCandidate>();
  const unknownCandidates = ids.filter((id) => !knownCandidates.has(id));
  const [read, { packs, fallback }] = await Promise.all([
    db.candidates.bulkGet(unknownCandidates),
    known.packs ?? loadScoringPacks(db),
  ]);
  const candidates = new Map(knownCandidates);
  unknownCandidates.forEach((id, i) => {
    const candidate = read[i];
    if (candidate) candidates.set(id, candidate);
  });
  const cardsRead = await readScorecardsOfMany(
    db,
    ids.filter((id) => candidates.has(id) && !knownCards.has(id)),
  );
  const rows: StoredSummary[] = [];
  const gone: string[] = [];
  for (const id of ids) {
    const candidate = candidates.get(id);
    if (!candidate) gone.push(id);
    else
      rows.push(
        summarizeCandidate(
          candidate,
          knownCards.get(id) ?? cardsRead.get(id) ?? [],
          packs,
          fallback,
        ),
      );
  }
  await writeSummaryRows(db, rows, gone);
}

/**
 * After a pack version is added or deleted: only candidates who chose that version, who have
 * no scorecard (they are measured against the newest shipped pack) or whose row used it can
 * change. Call inside a read-write transaction over `summaryTables`.
 */
export async function refreshSummariesForPack(db: ArchkitDatabase, key: string): Promise<void> {
  const [candidates, summaries] = await Promise.all([db.candidates.toArray(), readSummaryRows(db)]);
  const chosen = (candidate: StoredCandidate) =>
    candidate.packId && candidate.packVersion
      ? packKey({ id: candidate.packId, version: candidate.packVersion })
      : null;
  await refreshSummaries(db, [
    ...candidates.filter((candidate) => chosen(candidate) === key).map((c) => c.id),
    ...summaries
      .filter((row) => row.scorecardCount === 0 || row.packKey === key)
      .map((row) => row.candidateId),
  ]);
}

/** Recomputes every summary from the stored records. Call inside `summaryTables`' transaction. */
export async function rebuildSummaries(
  db: ArchkitDatabase,
  now = new Date().toISOString(),
): Promise<number> {
  const [candidates, scorecards, stored] = await Promise.all([
    db.candidates.toArray(),
    readAllScorecards(db),
    db.packs.toArray(),
  ]);
  const { packs, fallback } = scoringPacks(stored);
  const rows = summarizeAll(candidates, scorecards, [...packs.values()], fallback);
  await replaceSummaryRows(db, rows, now);
  await db.meta.put({ key: REVISION_KEY, value: SUMMARY_REVISION, updatedAt: now });
  return rows.length;
}

/**
 * Rebuilds the summaries when they were made by other rules (an update of Archkit) or do not
 * match the candidates (a write that bypassed them): the list must never show a stale
 * verdict. Returns whether it rebuilt.
 */
export async function ensureSummariesCurrent(db: ArchkitDatabase): Promise<boolean> {
  // Checked read-only first: a read-write transaction over these tables would hold back the
  // candidate list's first read on every start.
  const stale = () =>
    Promise.all([db.meta.get(REVISION_KEY), countSummaryRows(db), db.candidates.count()]).then(
      ([revision, summaries, candidates]) =>
        revision?.value !== SUMMARY_REVISION || summaries !== candidates,
    );
  if (!(await db.transaction('r', db.meta, db.candidates, stale))) return false;
  return db.transaction('rw', summaryTables(db), async () => {
    if (!(await stale())) return false; // another tab rebuilt them meanwhile
    await rebuildSummaries(db);
    return true;
  });
}

/** Every candidate's row, as the cache holds it. */
export function listSummaries(db: ArchkitDatabase): Promise<StoredSummary[]> {
  // An explicit transaction keeps this read out of Dexie's live-query cache, which deep-clones
  // every result it hands out: for a year of hiring, that clone cost half as much as the read.
  return db.transaction('r', db.summaryPages, () => readSummaryRows(db));
}

/** One candidate's cached row. */
export function getSummary(
  db: ArchkitDatabase,
  candidateId: string,
): Promise<StoredSummary | undefined> {
  return readSummaryRow(db, candidateId);
}
