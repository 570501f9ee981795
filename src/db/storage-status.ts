import type { ArchkitDatabase } from './database';

const LAST_EXPORT = 'lastExportAt';
/** A backup older than this is worth a reminder. */
export const BACKUP_REMINDER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1_000;

export type StorageStatus = {
  /** null when the browser cannot say (no StorageManager). */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
};

export type BackupReminder = { kind: 'never' } | { kind: 'old'; days: number } | null;

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted?.().catch(() => null) ?? null,
    storage.estimate?.().catch(() => null) ?? null,
  ]);
  return {
    persisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}

/**
 * Asks the browser not to evict Archkit's data under storage pressure. Chromium decides by
 * itself (it grants installed and often-used sites); Firefox asks the user.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = storageManager();
  if (!storage?.persist) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Asks for persistence once there is something to lose, and only if not granted already. */
export async function askForPersistenceWhenUseful(db: ArchkitDatabase): Promise<void> {
  const storage = storageManager();
  if (!storage?.persisted || (await storage.persisted())) return;
  if ((await db.candidates.count()) > 0) await requestPersistentStorage();
}

export async function lastExportAt(db: ArchkitDatabase): Promise<string | null> {
  const value = (await db.meta.get(LAST_EXPORT))?.value;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** A reminder when there is data and no backup, or the last one is over two weeks old. */
export function backupReminder(input: {
  lastExportAt: string | null;
  hasData: boolean;
  now: Date;
}): BackupReminder {
  if (!input.hasData) return null;
  if (input.lastExportAt === null) return { kind: 'never' };
  const days = Math.floor((input.now.getTime() - Date.parse(input.lastExportAt)) / DAY_MS);
  return days >= BACKUP_REMINDER_DAYS ? { kind: 'old', days } : null;
}

/** Storage-full errors arrive under several names, often wrapped by Dexie. */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const check = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return false;
    seen.add(value);
    const { name, message, inner, failures } = value as {
      name?: unknown;
      message?: unknown;
      inner?: unknown;
      failures?: unknown;
    };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
    if (check(inner)) return true;
    return Array.isArray(failures) && failures.some(check);
  };
  return check(error);
}

export const QUOTA_MESSAGE =
  'This browser has no storage space left for Archkit, so nothing was saved. Everything saved before is intact. Free some space (export a backup, then erase old candidates or clear other sites’ data) and try again.';

/** `12.3 MB`, in the units people read. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
