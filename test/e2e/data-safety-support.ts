import { expect, type Page } from '@playwright/test';

/** Waits until the service worker has precached the app and controls the page. */
export async function waitForOfflineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Everything the origin stores, as text: IndexedDB, Web Storage and the Cache Storage. */
export async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        parts.push(
          await new Promise((resolve) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
          }),
        );
      }
      db.close();
    }
    parts.push({ ...localStorage }, { ...sessionStorage });
    // The service worker's precache holds only the built app (whose code may contain any
    // word); any other cache could hold data, so its contents count.
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        parts.push(request.url);
        if (name.includes('precache')) continue;
        const response = await cache.match(request);
        const type = response?.headers.get('content-type') ?? '';
        if (/json|text/.test(type)) parts.push(await response?.text());
      }
    }
    return JSON.stringify(parts);
  });
}

/** How many records one table of Archkit's database holds. */
export async function countRecords(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (store) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('archkit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
    table,
  );
}

/**
 * Does `action` on the interview screen, then waits until every change it made is saved
 * (typing for long saves more than once: at least every 400 ms).
 */
export async function untilSaved(page: Page, action: () => Promise<unknown>) {
  const status = page.locator('.save-status');
  const count = async () => Number((await status.getAttribute('data-save-count')) ?? 0);
  const before = await count();
  await action();
  await expect.poll(count).toBeGreaterThan(before);
  await expect(status).toHaveText(/^Draft saved/);
}
