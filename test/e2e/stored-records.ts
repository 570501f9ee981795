import type { Page } from '@playwright/test';

/** Every record of one table of Archkit's database, read in the page as the app stored it. */
export async function storedRecords<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('archkit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
        };
      }),
    table,
  );
}

/**
 * Every scorecard as the app stored it: they are kept in pages by candidate, each page's cards
 * as JSON text (scorecard-store.ts).
 */
export async function storedScorecards<T>(page: Page): Promise<T[]> {
  const pages = await storedRecords<{ cardsJson: string }>(page, 'scorecardPages');
  return pages.flatMap((stored) => JSON.parse(stored.cardsJson) as T[]);
}
