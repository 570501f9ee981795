import type { ArchkitDatabase } from './database';
import type { StoredSummary } from '../domain/candidate-summary';
import { pageOf } from './page-of';

/**
 * The cached list rows are stored a page at a time, not one record per candidate: IndexedDB
 * pays a fixed cost per record read (measured in Chromium: 10,000 rows read in about 310 ms as
 * records of their own, 100 to 180 ms in pages of 100 to 1,000), and the list reads them all
 * on every start. A candidate's page follows from their id, so one edit rewrites one page.
 */
export const SUMMARY_PAGE_COUNT = 64;

export type SummaryPage = { page: number; rows: StoredSummary[] };

/** Stable for a given id (page-of.ts). */
export function summaryPageOf(candidateId: string): number {
  return pageOf(candidateId, SUMMARY_PAGE_COUNT);
}

const ROW_COUNT_KEY = 'summaryRowCount';

/** Every cached row. */
export async function readSummaryRows(db: ArchkitDatabase): Promise<StoredSummary[]> {
  const pages = await db.summaryPages.toArray();
  return pages.flatMap((page) => page.rows);
}

export async function readSummaryRow(
  db: ArchkitDatabase,
  candidateId: string,
): Promise<StoredSummary | undefined> {
  const page = await db.summaryPages.get(summaryPageOf(candidateId));
  return page?.rows.find((row) => row.candidateId === candidateId);
}

/** How many rows the pages hold, kept beside them so a start can check it without a read. */
export async function countSummaryRows(db: ArchkitDatabase): Promise<number> {
  const entry = await db.meta.get(ROW_COUNT_KEY);
  return typeof entry?.value === 'number' ? entry.value : -1;
}

/**
 * Replaces the rows of these candidates and removes the rows of `gone`, rewriting only the
 * pages they fall on. Call inside a read-write transaction over summaryPages and meta.
 */
export async function writeSummaryRows(
  db: ArchkitDatabase,
  rows: readonly StoredSummary[],
  gone: readonly string[] = [],
  now = new Date().toISOString(),
): Promise<void> {
  if (rows.length === 0 && gone.length === 0) return;
  const changes = new Map<number, { put: Map<string, StoredSummary>; gone: Set<string> }>();
  const changeOf = (id: string) => {
    const page = summaryPageOf(id);
    let change = changes.get(page);
    if (!change) changes.set(page, (change = { put: new Map(), gone: new Set() }));
    return change;
  };
  for (const row of rows) changeOf(row.candidateId).put.set(row.candidateId, row);
  for (const id of gone) changeOf(id).gone.add(id);

  const pageIds = [...changes.keys()];
  const [stored, count] = await Promise.all([
    db.summaryPages.bulkGet(pageIds),
    countSummaryRows(db),
  ]);
  let delta = 0;
  const pages: SummaryPage[] = pageIds.map((page, i) => {
    const change = changes.get(page)!;
    const kept: StoredSummary[] = [];
    for (const row of stored[i]?.rows ?? []) {
      const replacement = change.put.get(row.candidateId);
      if (replacement) {
        kept.push(replacement);
        change.put.delete(row.candidateId);
      } else if (change.gone.has(row.candidateId)) delta--;
      else kept.push(row);
    }
    delta += change.put.size;
    return { page, rows: [...kept, ...change.put.values()] };
  });
  await db.summaryPages.bulkPut(pages);
  await db.meta.put({ key: ROW_COUNT_KEY, value: Math.max(count, 0) + delta, updatedAt: now });
}

/** Replaces every cached row. Call inside a read-write transaction over summaryPages and meta. */
export async function replaceSummaryRows(
  db: ArchkitDatabase,
  rows: readonly StoredSummary[],
  now = new Date().toISOString(),
): Promise<void> {
  const pages = new Map<number, StoredSummary[]>();
  for (const row of rows) {
    const page = summaryPageOf(row.candidateId);
    const list = pages.get(page);
    if (list) list.push(row);
    else pages.set(page, [row]);
  }
  await db.summaryPages.clear();
  await db.summaryPages.bulkPut([...pages].map(([page, list]) => ({ page, rows: list })));
  await db.meta.put({ key: ROW_COUNT_KEY, value: rows.length, updatedAt: now });
}
