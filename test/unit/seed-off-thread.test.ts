import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import {
  describeSeedError,
  reviveSeedError,
  seedShippedPacksInWorker,
} from '../../src/app/seed-off-thread';

let db: ArchkitDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('seeding off the main thread', () => {
  it('brings a storage error back from the worker with the names startup explains', () => {
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    // What crosses from the worker is plain data: structured cloning must not lose the names.
    const revived = reviveSeedError(structuredClone(describeSeedError(quota)));
    expect(revived).toBeInstanceOf(Error);
    expect(revived.name).toBe('AbortError');
    expect(revived.message).toBe('Transaction aborted');
    expect((revived as Error & { inner?: { name: string } }).inner?.name).toBe(
      'QuotaExceededError',
    );
    expect(describeSeedError('not an error')).toEqual({ name: 'Error', message: 'not an error' });
  });

  it('seeds on this thread where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    db = openDatabase(`seed-off-thread-${Date.now()}`);
    await seedShippedPacksInWorker(db);
    const packs = await db.packs.toArray();
    expect(packs.length).toBeGreaterThan(0);
    expect(packs.every((pack) => pack.source === 'shipped')).toBe(true);
  });
});
