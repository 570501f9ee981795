import type { ArchkitDatabase } from '../db/database';
import { askForPersistenceWhenUseful } from '../db/storage-status';
import { seedShippedPacksHere, seedShippedPacksInWorker } from './seed-off-thread';

export type StartupProblem = { title: string; detail: string };

export const BLOCKED_UPGRADE: StartupProblem = {
  title: 'Archkit is open in another tab with an older version; close it to finish the upgrade.',
  detail: 'This tab carries on by itself once the other tab is closed. Your data is not lost.',
};

type StartupHooks = {
  /** An older tab holds the database open, so the upgrade waits: say so, never hang silently. */
  onBlocked?: (problem: StartupProblem) => void;
  /** A newer Archkit upgraded the database from another tab: this tab must reload. */
  onVersionChange?: () => void;
};

/** Opens the database and seeds the default packs; returns a problem in plain words, if any. */
export async function startDatabase(
  db: ArchkitDatabase,
  hooks: StartupHooks = {},
): Promise<StartupProblem | null> {
  db.on('blocked', () => hooks.onBlocked?.(BLOCKED_UPGRADE));
  db.on('versionchange', () => {
    // A newer Archkit opened in another tab: close so its upgrade can run, then reload.
    db.close();
    if (hooks.onVersionChange) hooks.onVersionChange();
    else window.location.reload();
    return false;
  });
  let created = false;
  db.on('populate', () => {
    created = true;
  });
  try {
    await db.open();
    // A new database gets every shipped pack, validated off the main thread; later starts
    // only check that no new pack version shipped.
    await (created ? seedShippedPacksInWorker(db) : seedShippedPacksHere(db));
    // The candidate list reads cached rows: fill them after an upgrade or a change of rules.
    const { ensureSummariesCurrent } = await import('../db/summary-repository');
    await ensureSummariesCurrent(db);
    // Once there is data to lose, ask the browser not to evict it (never blocks the start).
    void askForPersistenceWhenUseful(db).catch(() => {});
    return null;
  } catch (error) {
    return describeStartupError(error);
  }
}

function describeStartupError(error: unknown): StartupProblem {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return {
      title: 'This browser is out of storage space for Archkit.',
      detail:
        'Free some space (or export a backup and remove old candidates), then reload. Nothing was lost.',
    };
  }
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'VersionError') {
    return {
      title: 'Archkit could not open its storage.',
      detail:
        'Another Archkit tab may be open with an older or newer version: close the other tabs and reload this page. Your data is not lost.',
    };
  }
  return {
    title: 'Archkit could not start its storage.',
    detail: `${error instanceof Error ? error.message : String(error)}. Reload the page; if it persists, export a backup from Settings.`,
  };
}
