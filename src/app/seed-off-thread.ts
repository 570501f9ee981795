import type { ArchkitDatabase } from '../db/database';
import { unseededPacks } from '../db/seeded-packs';
import { SHIPPED_PACKS } from '../db/shipped-packs';

export type SeedRequest = { databaseName: string };
type SeedError = { name: string; message: string; inner?: string };
/** How seeding ended, as plain data: it crosses from the worker to the page. */
export type SeedOutcome = { ok: true } | { ok: false; error: SeedError };

/** Seeds on this thread: quick when every shipped pack is already stored (a single read). */
export async function seedShippedPacksHere(db: ArchkitDatabase): Promise<void> {
  // Nothing new shipped (every start but the first after an update): load nothing more.
  if ((await unseededPacks(db, SHIPPED_PACKS)).length === 0) return;
  // Seeding validates with zod; loading it on demand keeps the first screen's script small.
  const { seedShippedPacks } = await import('../db/seed');
  await seedShippedPacks(db, SHIPPED_PACKS);
}

export function describeSeedError(error: unknown): SeedError {
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  return {
    name: error instanceof Error ? error.name : 'Error',
    message: error instanceof Error ? error.message : String(error),
    ...(typeof inner === 'string' ? { inner } : {}),
  };
}

/** The error the worker described, as an Error with the names startup looks at. */
export function reviveSeedError(error: SeedError): Error {
  return Object.assign(new Error(error.message), {
    name: error.name,
    ...(error.inner ? { inner: { name: error.inner } } : {}),
  });
}

/**
 * Seeds from a worker, for a new database, which has every shipped pack to validate and
 * store: validating a pack with zod takes a slow phone hundreds of milliseconds during which
 * the first screen would not answer a tap. The worker writes to the database itself, and the
 * page's live queries hear of it as of any other tab's writes. Where workers are missing
 * (jsdom) or cannot start, it seeds on this thread.
 */
export function seedShippedPacksInWorker(db: ArchkitDatabase): Promise<void> {
  if (typeof Worker === 'undefined') return seedShippedPacksHere(db);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./seed.worker.ts', import.meta.url), {
      type: 'module',
      name: 'archkit-seed',
    });
    worker.onmessage = (event: MessageEvent<SeedOutcome>) => {
      worker.terminate();
      if (event.data.ok) resolve();
      else reject(reviveSeedError(event.data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      seedShippedPacksHere(db).then(resolve, reject);
    };
    worker.postMessage({ databaseName: db.name } satisfies SeedRequest);
  });
}
