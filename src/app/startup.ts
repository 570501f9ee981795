import type { ArchkitDatabase } from '../db/database';
import { SHIPPED_PACKS } from '../db/shipped-packs';

export type StartupProblem = { title: string; detail: string };

/** Opens the database and seeds the default packs; returns a problem in plain words, if any. */
export async function startDatabase(db: ArchkitDatabase): Promise<StartupProblem | null> {
  db.on('blocked', () => {
    // Another tab holds an older version open; Dexie waits for it to close.
  });
  db.on('versionchange', () => {
    // A newer Archkit opened in another tab: close so its upgrade can run, then reload.
    db.close();
    window.location.reload();
    return false;
  });
  try {
    await db.open();
    // Seeding validates with zod; loading it on demand keeps the first screen's script small.
    const { seedShippedPacks } = await import('../db/seed');
    await seedShippedPacks(db, SHIPPED_PACKS);
    return null;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'VersionError') {
      return {
        title: 'Archkit could not open its storage.',
        detail:
          'Another Archkit tab may be open with an older or newer version: close the other tabs and reload this page. Your data is not lost.',
      };
    }
    if (name === 'QuotaExceededError') {
      return {
        title: 'This browser is out of storage space for Archkit.',
        detail:
          'Free some space (or export a backup and remove old candidates), then reload. Nothing was lost.',
      };
    }
    return {
      title: 'Archkit could not start its storage.',
      detail: `${error instanceof Error ? error.message : String(error)}. Reload the page; if it persists, export a backup from Settings.`,
    };
  }
}
