import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import {
  countSummaryRows,
  readSummaryRow,
  readSummaryRows,
  replaceSummaryRows,
  SUMMARY_PAGE_COUNT,
  summaryPageOf,
  writeSummaryRows,
} from '../../src/db/summary-pages';
import type { StoredSummary } from '../../src/domain/candidate-summary';

let opened: ArchkitDatabase[] = [];
let counter = 0;
function freshDb(): ArchkitDatabase {
  const db = openDatabase(`summary-pages-${Date.now()}-${counter++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

const row = (candidateId: string, name = candidateId): StoredSummary => ({
  candidateId,
  name,
  track: 'full-time',
  claimedTitle: '',
  email: '',
  status: 'not-started',
  verdict: null,
  architectureScore: null,
  engineeringScore: null,
  createdAt: '2026-01-01T09:00:00.000Z',
  lastActivityAt: '2026-01-01T09:00:00.000Z',
  packKey: null,
  scorecardCount: 0,
  draftInterviewers: [],
  calibration: [],
  lastSubmittedAt: null,
});
const ids = (n: number) => Array.from({ length: n }, (_, i) => `cand-${i}`);
const sortedIds = (rows: StoredSummary[]) => rows.map((r) => r.candidateId).sort();

describe('summary pages', () => {
  it('spreads ids over every page, the same page for the same id', () => {
    const pages = new Set(ids(2000).map(summaryPageOf));
    expect(pages.size).toBe(SUMMARY_PAGE_COUNT);
    for (const page of pages) expect(page).toBeGreaterThanOrEqual(0);
    expect(summaryPageOf('cand-42')).toBe(summaryPageOf('cand-42'));
  });

  it('keeps 1,000 rows in at most a page count of records, each row once', async () => {
    const db = freshDb();
    await replaceSummaryRows(
      db,
      ids(1000).map((id) => row(id)),
    );
    expect(await db.summaryPages.count()).toBeLessThanOrEqual(SUMMARY_PAGE_COUNT);
    expect(sortedIds(await readSummaryRows(db))).toEqual(ids(1000).sort());
    expect(await countSummaryRows(db)).toBe(1000);
  });

  it('replaces, adds and removes rows, rewriting only their pages, and keeps the count', async () => {
    const db = freshDb();
    await replaceSummaryRows(
      db,
      ids(200).map((id) => row(id)),
    );
    const untouched = await db.summaryPages.get(summaryPageOf('cand-7'));
    const written: number[] = [];
    db.summaryPages.hook('creating', (key) => void written.push(key as number));
    await db.transaction('rw', db.summaryPages, db.meta, () =>
      writeSummaryRows(db, [row('cand-3', 'Renamed'), row('cand-new')], ['cand-5', 'cand-absent']),
    );
    const rows = await readSummaryRows(db);
    expect(rows).toHaveLength(200);
    expect(await countSummaryRows(db)).toBe(200);
    expect((await readSummaryRow(db, 'cand-3'))?.name).toBe('Renamed');
    expect(await readSummaryRow(db, 'cand-new')).toBeDefined();
    expect(await readSummaryRow(db, 'cand-5')).toBeUndefined();
    expect(sortedIds(rows).filter((id) => id === 'cand-3')).toHaveLength(1);
    // A page no change fell on is left as it was.
    const changedPages = new Set(
      ['cand-3', 'cand-new', 'cand-5', 'cand-absent'].map(summaryPageOf),
    );
    if (!changedPages.has(summaryPageOf('cand-7')))
      expect(await db.summaryPages.get(summaryPageOf('cand-7'))).toEqual(untouched);
  });
});
