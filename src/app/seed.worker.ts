/// <reference lib="webworker" />
import { openDatabase } from '../db/database';
import { seedShippedPacks } from '../db/seed';
import { SHIPPED_PACKS } from '../db/shipped-packs';
import { describeSeedError, type SeedOutcome, type SeedRequest } from './seed-off-thread';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<SeedRequest>) => {
  const post = (outcome: SeedOutcome) => self.postMessage(outcome);
  const db = openDatabase(event.data.databaseName);
  // A newer Archkit upgrading the database from another tab: let it; the page reloads anyway.
  db.on('versionchange', () => db.close());
  try {
    await seedShippedPacks(db, SHIPPED_PACKS);
    post({ ok: true });
  } catch (error) {
    post({ ok: false, error: describeSeedError(error) });
  } finally {
    db.close();
  }
};
