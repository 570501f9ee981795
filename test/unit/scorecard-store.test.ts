import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import {
  countScorecards,
  deleteScorecardsOf,
  getScorecard,
  decodeRefPage,
  decodeScorecardPage,
  layOutScorecards,
  mergeCardsById,
  planScorecardWrites,
  putScorecards,
  readAllScorecardRefs,
  readAllScorecards,
  readScorecardsById,
  readScorecardsOf,
  readScorecardsOfMany,
  SCORECARD_PAGE_COUNT,
  scorecardPageOf,
  ScorecardIdTakenError,
  scorecardTables,
} from '../../src/db/scorecard-store';
import { makeScorecard } from '../fixtures/factories';

let opened: ArchkitDatabase[] = [];
let counter = 0;
function freshDb(): ArchkitDatabase {
  const db = openDatabase(`scorecard-store-${Date.now()}-${counter++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

const card = (id: string, candidateId: string, notes = '') =>
  makeScorecard({ id, candidateId, moduleId: 'm1', notes });
const put = (db: ArchkitDatabase, cards: Parameters<typeof putScorecards>[1]) =>
  db.transaction('rw', scorecardTables(db), () => putScorecards(db, cards));

/** Ids of many candidates, enough for several to share a page. */
const candidateIds = Array.from({ length: 3 * SCORECARD_PAGE_COUNT }, (_, i) => `cand-${i}`);

describe('the scorecard store', () => {
  it("keeps each candidate's cards on one page, shared with other candidates", async () => {
    const db = freshDb();
    const cards = candidateIds.flatMap((id) => [card(`${id}-a`, id), card(`${id}-b`, id)]);
    await put(db, cards);
    // Three candidates a page on average: far fewer records than cards.
    expect(await db.scorecardPages.count()).toBeLessThanOrEqual(SCORECARD_PAGE_COUNT);
    expect(await countScorecards(db)).toBe(cards.length);
    expect((await readScorecardsOf(db, 'cand-7')).map((c) => c.id)).toEqual([
      'cand-7-a',
      'cand-7-b',
    ]);
    const page = await db.scorecardPages.get(scorecardPageOf('cand-7'));
    expect(new Set(decodeScorecardPage(page).map((c) => c.candidateId)).size).toBeGreaterThan(1);
    const many = await readScorecardsOfMany(db, ['cand-1', 'cand-2', 'nobody']);
    expect([...many.keys()].sort()).toEqual(['cand-1', 'cand-2']);
    expect((await readAllScorecards(db)).map((c) => c.id).sort()).toEqual(
      cards.map((c) => c.id).sort(),
    );
  });

  it('replaces a card by id, finds it from its id alone, and keeps the map of ids current', async () => {
    const db = freshDb();
    await put(db, [card('s1', 'ada'), card('s2', 'ada'), card('s3', 'ben')]);
    await put(db, [{ ...card('s1', 'ada', 'edited'), packVersion: 2 }]);
    expect(await countScorecards(db)).toBe(3);
    expect((await getScorecard(db, 's1'))?.notes).toBe('edited');
    expect(await getScorecard(db, 'missing')).toBeUndefined();
    expect((await readScorecardsOf(db, 'ada')).map((c) => c.id)).toEqual(['s1', 's2']);
    const refs = await readAllScorecardRefs(db);
    expect(refs.get('s1')).toEqual({ candidateId: 'ada', packId: 'test-pack', packVersion: 2 });
    expect(refs.get('s3')?.candidateId).toBe('ben');
    const found = await readScorecardsById(db, ['s3', 's1', 'nope']);
    expect([...found.keys()].sort()).toEqual(['s1', 's3']);
  });

  it("refuses an id that is another candidate's card, writing nothing", async () => {
    const db = freshDb();
    await put(db, [card('s1', 'ada')]);
    await expect(put(db, [card('s9', 'ben'), card('s1', 'ben')])).rejects.toBeInstanceOf(
      ScorecardIdTakenError,
    );
    expect(await countScorecards(db)).toBe(1);
    expect(await readScorecardsOf(db, 'ben')).toEqual([]);
    expect((await getScorecard(db, 's1'))?.candidateId).toBe('ada');
  });

  it('plans a write with its reads done and nothing written, then writes when asked', async () => {
    const db = freshDb();
    await put(db, [card('s1', 'ada')]);
    const cards = candidateIds.map((id) => card(`${id}-new`, id));
    await db.transaction('rw', scorecardTables(db), async () => {
      const write = await planScorecardWrites(db, [card('s1', 'ada', 'edited'), ...cards]);
      expect(await countScorecards(db)).toBe(1);
      expect((await getScorecard(db, 's1'))?.notes).toBe('');
      await write();
    });
    expect(await countScorecards(db)).toBe(cards.length + 1);
    expect((await getScorecard(db, 's1'))?.notes).toBe('edited');
    expect((await readScorecardsOf(db, 'cand-1023')).map((c) => c.id)).toEqual(['cand-1023-new']);
    await expect(
      db.transaction('rw', scorecardTables(db), () => planScorecardWrites(db, [card('s1', 'ben')])),
    ).rejects.toBeInstanceOf(ScorecardIdTakenError);
  });

  it('deletes every card of the named candidates and nobody else’s', async () => {
    const db = freshDb();
    const cards = candidateIds.map((id) => card(`${id}-a`, id));
    await put(db, cards);
    const removed = await db.transaction('rw', scorecardTables(db), () =>
      deleteScorecardsOf(db, ['cand-3', 'cand-4', 'nobody']),
    );
    expect(removed.map((c) => c.id).sort()).toEqual(['cand-3-a', 'cand-4-a']);
    expect(await countScorecards(db)).toBe(cards.length - 2);
    expect(await getScorecard(db, 'cand-3-a')).toBeUndefined();
    expect(await readScorecardsOf(db, 'cand-4')).toEqual([]);
    expect((await readScorecardsOf(db, 'cand-5')).map((c) => c.id)).toEqual(['cand-5-a']);
    expect((await readAllScorecardRefs(db)).has('cand-4-a')).toBe(false);
  });

  it('merges cards by id: a replacement keeps its place, a new card comes last', () => {
    const merged = mergeCardsById(
      [card('s1', 'ada'), card('s2', 'ada')],
      [card('s3', 'ada'), card('s1', 'ada', 'newer')],
    );
    expect(merged.map((c) => [c.id, c.notes])).toEqual([
      ['s1', 'newer'],
      ['s2', ''],
      ['s3', ''],
    ]);
  });

  it("stores each page's cards as JSON text, which IndexedDB copies whole", async () => {
    const db = freshDb();
    const cards = [card('j1', 'cand-1', 'first'), card('j2', 'cand-1', 'second')];
    await put(db, cards);
    const stored = await db.scorecardPages.get(scorecardPageOf('cand-1'));
    expect(Object.keys(stored!).sort()).toEqual(['cardsJson', 'page']);
    expect(JSON.parse(stored!.cardsJson)).toEqual(cards);
  });

  it('lays out cards the way writing them one by one does (the upgrade relies on it)', async () => {
    const db = freshDb();
    const cards = candidateIds.slice(0, 50).map((id) => card(`${id}-a`, id));
    for (const one of cards) await put(db, [one]);
    const { pages, refPages } = layOutScorecards(cards);
    const byPage = <T extends { page: number }>(rows: T[]) =>
      [...rows].sort((a, b) => a.page - b.page);
    const stored = (await db.scorecardPages.toArray()).map((row) => ({
      page: row.page,
      cards: decodeScorecardPage(row),
    }));
    expect(byPage(pages)).toEqual(byPage(stored));
    const storedRefs = (await db.scorecardRefs.toArray()).map((row) => ({
      page: row.page,
      refs: decodeRefPage(row),
    }));
    expect(byPage(refPages)).toEqual(byPage(storedRefs));
  });
});
