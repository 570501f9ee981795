import type { ArchkitDatabase } from './database';
import { pageOf } from './page-of';
import type { Scorecard } from '../domain/scorecard-schema';

/**
 * How scorecards are laid out in IndexedDB, and the only module that knows it.
 *
 * A year of hiring is 120,000 scorecards of a kilobyte or two. Chromium pays a fixed cost per
 * record written (measured here: 120,000 records put in one transaction took 21–32 s, the
 * same cards grouped into 1,000 records of ~170 KB took 0.5–1 s; records over 64 KB are kept
 * out of its log-structured store). So a candidate's cards live in one of SCORECARD_PAGE_COUNT
 * pages chosen by the candidate's id: everything screens read (a candidate's cards) is one
 * record, and a year of hiring is about a thousand records of ten candidates each.
 *
 * Each page holds its cards as JSON text, not as objects: IndexedDB copies a value with the
 * structured clone algorithm, which walks every object, and a string is copied whole. For a
 * year of hiring in Chromium, JSON text written 457–771 ms against 989–1,289 ms as objects
 * (stringifying included), and every page read back in 490–602 ms against 930–1,205 ms.
 *
 * A second, smaller set of pages maps every scorecard id to its candidate and pack version:
 * a card is found from its id alone, an id stays unique across candidates (bundles need it),
 * and pack usage is counted without reading any card.
 */
export const SCORECARD_PAGE_COUNT = 1024;
export const SCORECARD_REF_PAGE_COUNT = 64;

/** A page's cards, as the code handles them (and as schema version 5 stored them). */
export type ScorecardPage = { page: number; cards: Scorecard[] };
/** A page as stored from schema version 6: its cards as JSON text. */
export type StoredScorecardPage = { page: number; cardsJson: string };
export type ScorecardRef = { candidateId: string; packId: string; packVersion: number };
/** A page of the map of ids, as the code handles it (and as schema versions 5 and 6 stored it). */
export type ScorecardRefPage = { page: number; refs: Map<string, ScorecardRef> };
/**
 * The same page as stored from schema version 7: rows of [scorecard id, candidate id, pack id,
 * pack version] as JSON text, for the reason the cards are (a year of hiring maps 120,000 ids).
 */
export type StoredScorecardRefPage = { page: number; refsJson: string };
type RefRow = [scorecardId: string, candidateId: string, packId: string, packVersion: number];

export const scorecardPageOf = (candidateId: string) => pageOf(candidateId, SCORECARD_PAGE_COUNT);
export const scorecardRefPageOf = (scorecardId: string) =>
  pageOf(scorecardId, SCORECARD_REF_PAGE_COUNT);

/** A scorecard id that another candidate's card already has: ids are unique across Archkit. */
export class ScorecardIdTakenError extends Error {
  constructor(
    readonly scorecardId: string,
    readonly ownerId: string,
  ) {
    super(`Scorecard ${JSON.stringify(scorecardId)} already belongs to another candidate`);
    this.name = 'ScorecardIdTakenError';
  }
}

export function encodeScorecardPage({ page, cards }: ScorecardPage): StoredScorecardPage {
  return { page, cardsJson: JSON.stringify(cards) };
}

/** The cards of a stored page; none for a page not stored. */
export function decodeScorecardPage(stored: StoredScorecardPage | undefined): Scorecard[] {
  return stored ? (JSON.parse(stored.cardsJson) as Scorecard[]) : [];
}

export function encodeRefPage({ page, refs }: ScorecardRefPage): StoredScorecardRefPage {
  const rows: RefRow[] = [];
  for (const [id, ref] of refs) rows.push([id, ref.candidateId, ref.packId, ref.packVersion]);
  return { page, refsJson: JSON.stringify(rows) };
}

/** The map of a stored page of ids; empty for a page not stored. */
export function decodeRefPage(
  stored: StoredScorecardRefPage | undefined,
): Map<string, ScorecardRef> {
  const refs = new Map<string, ScorecardRef>();
  if (!stored) return refs;
  for (const [id, candidateId, packId, packVersion] of JSON.parse(stored.refsJson) as RefRow[])
    refs.set(id, { candidateId, packId, packVersion });
  return refs;
}

/** The tables a transaction that reads or writes scorecards needs. */
export function scorecardTables(db: ArchkitDatabase) {
  return [db.scorecardPages, db.scorecardRefs] as const;
}

const refOf = (card: Scorecard): ScorecardRef => ({
  candidateId: card.candidateId,
  packId: card.packId,
  packVersion: card.packVersion,
});

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** The pages of these cards, as a fresh store would hold them (pure: the upgrade to version 5). */
export function layOutScorecards(cards: readonly Scorecard[]): {
  pages: ScorecardPage[];
  refPages: ScorecardRefPage[];
} {
  const pages = new Map<number, Scorecard[]>();
  const refPages = new Map<number, Map<string, ScorecardRef>>();
  for (const card of cards) {
    const page = scorecardPageOf(card.candidateId);
    const list = pages.get(page);
    if (list) list.push(card);
    else pages.set(page, [card]);
    const refPage = scorecardRefPageOf(card.id);
    let refs = refPages.get(refPage);
    if (!refs) refPages.set(refPage, (refs = new Map()));
    refs.set(card.id, refOf(card));
  }
  return {
    pages: [...pages].map(([page, list]) => ({ page, cards: list })),
    refPages: [...refPages].map(([page, refs]) => ({ page, refs })),
  };
}

/** `stored` with each card of `incoming` replacing the one with its id, or added at the end. */
export function mergeCardsById(
  stored: readonly Scorecard[],
  incoming: Iterable<Scorecard>,
): Scorecard[] {
  const byId = new Map<string, Scorecard>();
  for (const card of incoming) byId.set(card.id, card);
  const kept = stored.map((card) => {
    const replacement = byId.get(card.id);
    if (!replacement) return card;
    byId.delete(card.id);
    return replacement;
  });
  return [...kept, ...byId.values()];
}

/** Every scorecard of one candidate, every pack version, drafts included. */
export async function readScorecardsOf(
  db: ArchkitDatabase,
  candidateId: string,
): Promise<Scorecard[]> {
  const page = await db.scorecardPages.get(scorecardPageOf(candidateId));
  return decodeScorecardPage(page).filter((card) => card.candidateId === candidateId);
}

/** The scorecards of these candidates, by candidate (a candidate without any is absent). */
export async function readScorecardsOfMany(
  db: ArchkitDatabase,
  candidateIds: Iterable<string>,
): Promise<Map<string, Scorecard[]>> {
  const wanted = new Set(candidateIds);
  const byCandidate = new Map<string, Scorecard[]>();
  const pages = await db.scorecardPages.bulkGet(unique([...wanted].map(scorecardPageOf)));
  for (const page of pages) {
    for (const card of decodeScorecardPage(page)) {
      if (!wanted.has(card.candidateId)) continue;
      const list = byCandidate.get(card.candidateId);
      if (list) list.push(card);
      else byCandidate.set(card.candidateId, [card]);
    }
  }
  return byCandidate;
}

/** Every stored scorecard (exports, the rebuild of the cached rows). */
export async function readAllScorecards(db: ArchkitDatabase): Promise<Scorecard[]> {
  return (await db.scorecardPages.toArray()).flatMap(decodeScorecardPage);
}

/** Where every scorecard is, by id: read from the small pages only, no card is read. */
export async function readAllScorecardRefs(
  db: ArchkitDatabase,
): Promise<Map<string, ScorecardRef>> {
  const all = new Map<string, ScorecardRef>();
  for (const page of await db.scorecardRefs.toArray())
    for (const [id, ref] of decodeRefPage(page)) all.set(id, ref);
  return all;
}

/** How many scorecards are stored. */
export async function countScorecards(db: ArchkitDatabase): Promise<number> {
  let count = 0;
  for (const page of await db.scorecardRefs.toArray()) count += decodeRefPage(page).size;
  return count;
}

/**
 * The pages of the map of ids these ids fall on, and each id's page in the order given: an
 * import hashes 120,000 ids, once each.
 */
async function refPagesFor(db: ArchkitDatabase, ids: readonly string[]) {
  const pageOfId = ids.map(scorecardRefPageOf);
  const pageIds = unique(pageOfId);
  const stored = await db.scorecardRefs.bulkGet(pageIds);
  const pages = new Map(pageIds.map((page, i) => [page, decodeRefPage(stored[i])] as const));
  return { pages, pageOfId };
}

/** The stored cards with these ids, wherever they are (an id not stored is absent). */
export async function readScorecardsById(
  db: ArchkitDatabase,
  ids: readonly string[],
): Promise<Map<string, Scorecard>> {
  const { pages, pageOfId } = await refPagesFor(db, ids);
  const owners = new Set<string>();
  ids.forEach((id, i) => {
    const ref = pages.get(pageOfId[i]!)!.get(id);
    if (ref) owners.add(ref.candidateId);
  });
  const wanted = new Set(ids);
  const found = new Map<string, Scorecard>();
  for (const cards of (await readScorecardsOfMany(db, owners)).values())
    for (const card of cards) if (wanted.has(card.id)) found.set(card.id, card);
  return found;
}

export async function getScorecard(
  db: ArchkitDatabase,
  id: string,
): Promise<Scorecard | undefined> {
  return (await readScorecardsById(db, [id])).get(id);
}

/** How many encoded pages go to IndexedDB per bulkPut while the next ones are encoded. */
const PAGES_PER_PUT = 32;

/**
 * Reads what storing these scorecards needs and checks their ids, writing nothing yet; the
 * returned function issues every write and resolves when they land. The reads come first so a
 * big write (an import) is not held behind other reads: IndexedDB runs a transaction's requests
 * in order. Throws ScorecardIdTakenError, before any write, when an id is another candidate's
 * card. Call inside a read-write transaction over `scorecardTables`.
 */
export async function planScorecardWrites(
  db: ArchkitDatabase,
  cards: readonly Scorecard[],
): Promise<() => Promise<void>> {
  // No early return for an empty list, here or in the other functions: inside a transaction,
  // an async function that resolves without touching IndexedDB let it commit before the
  // caller's next read (Dexie's PrematureCommitError, seen in the what-if with no cards).
  const { pages: refPages, pageOfId } = await refPagesFor(
    db,
    cards.map((card) => card.id),
  );
  const changedRefPages = new Set<number>();
  cards.forEach((card, i) => {
    const page = pageOfId[i]!;
    const refs = refPages.get(page)!;
    const ref = refs.get(card.id);
    if (ref && ref.candidateId !== card.candidateId)
      throw new ScorecardIdTakenError(card.id, ref.candidateId);
    if (!ref || ref.packId !== card.packId || ref.packVersion !== card.packVersion) {
      refs.set(card.id, refOf(card));
      changedRefPages.add(page);
    }
  });

  const incoming = new Map<number, Scorecard[]>();
  // A candidate's cards mostly come together: their page is hashed once for the run of them.
  let candidateId: string | null = null;
  let page = 0;
  for (const card of cards) {
    if (card.candidateId !== candidateId) {
      candidateId = card.candidateId;
      page = scorecardPageOf(candidateId);
    }
    const list = incoming.get(page);
    if (list) list.push(card);
    else incoming.set(page, [card]);
  }
  const pageIds = [...incoming.keys()];
  const stored = await db.scorecardPages.bulkGet(pageIds);
  return async () => {
    // Encoded a few pages at a time, each batch handed to IndexedDB at once: the browser
    // stores one batch while this thread encodes the next.
    const writes = [];
    for (let start = 0; start < pageIds.length; start += PAGES_PER_PUT) {
      const batch = pageIds.slice(start, start + PAGES_PER_PUT).map((page, i) =>
        encodeScorecardPage({
          page,
          cards: mergeCardsById(decodeScorecardPage(stored[start + i]), incoming.get(page)!),
        }),
      );
      writes.push(db.scorecardPages.bulkPut(batch));
    }
    writes.push(
      db.scorecardRefs.bulkPut(
        [...changedRefPages].map((page) => encodeRefPage({ page, refs: refPages.get(page)! })),
      ),
    );
    await Promise.all(writes);
  };
}

/**
 * Stores these scorecards, each replacing the stored card with its id. Throws
 * ScorecardIdTakenError, writing nothing, when an id is another candidate's card. Call inside a
 * read-write transaction over `scorecardTables`.
 */
export async function putScorecards(
  db: ArchkitDatabase,
  cards: readonly Scorecard[],
): Promise<void> {
  const write = await planScorecardWrites(db, cards);
  await write();
}

export function putScorecard(db: ArchkitDatabase, card: Scorecard): Promise<void> {
  return putScorecards(db, [card]);
}

/**
 * Removes every scorecard of these candidates; returns the removed cards. Call inside a
 * read-write transaction over `scorecardTables`.
 */
export async function deleteScorecardsOf(
  db: ArchkitDatabase,
  candidateIds: Iterable<string>,
): Promise<Scorecard[]> {
  const gone = new Set(candidateIds);
  const pageIds = unique([...gone].map(scorecardPageOf));
  const stored = await db.scorecardPages.bulkGet(pageIds);
  const removed: Scorecard[] = [];
  const rewritten: StoredScorecardPage[] = [];
  const emptied: number[] = [];
  pageIds.forEach((page, i) => {
    const cards = decodeScorecardPage(stored[i]);
    const kept = cards.filter((card) => !gone.has(card.candidateId));
    if (kept.length === cards.length) return;
    removed.push(...cards.filter((card) => gone.has(card.candidateId)));
    if (kept.length === 0) emptied.push(page);
    else rewritten.push(encodeScorecardPage({ page, cards: kept }));
  });
  await db.scorecardPages.bulkPut(rewritten);
  await db.scorecardPages.bulkDelete(emptied);
  const { pages: refPages, pageOfId } = await refPagesFor(
    db,
    removed.map((card) => card.id),
  );
  removed.forEach((card, i) => refPages.get(pageOfId[i]!)!.delete(card.id));
  await db.scorecardRefs.bulkPut(
    [...refPages].map(([page, refs]) => encodeRefPage({ page, refs })),
  );
  return removed;
}
