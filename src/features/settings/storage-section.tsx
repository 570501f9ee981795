import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import {
  backupReminder,
  formatBytes,
  lastExportAt,
  readStorageStatus,
  requestPersistentStorage,
  type StorageStatus,
} from '../../db/storage-status';

function worksOffline(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
}

/** Where the data lives, how safe it is from eviction, how much space it takes. */
export function StorageSection() {
  const db = useDatabase();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<boolean | null>(null);
  const backup = useLiveQuery(
    async () => ({
      last: await lastExportAt(db),
      hasData: (await db.candidates.count()) > 0,
    }),
    [db],
  );

  useEffect(() => {
    let cancelled = false;
    readStorageStatus().then((next) => !cancelled && setStatus(next));
    return () => {
      cancelled = true;
    };
  }, [asked]);

  async function askToKeep() {
    setAsked(await requestPersistentStorage());
  }

  const reminder = backup
    ? backupReminder({ lastExportAt: backup.last, hasData: backup.hasData, now: new Date() })
    : null;

  return (
    <section aria-labelledby="storage-title" className="settings-section">
      <h2 id="storage-title">Storage and backups</h2>
      {reminder && (
        <div className="notice-box backup-reminder">
          <p>
            <strong>
              {reminder.kind === 'never'
                ? 'You have never exported a backup of your candidates.'
                : `Your last backup is ${reminder.days} days old.`}
            </strong>{' '}
            A browser can lose its data (a reset, a new laptop, cleared site data): export
            everything below and keep the file somewhere safe.
          </p>
        </div>
      )}
      <dl className="storage-facts">
        <dt>Last backup</dt>
        <dd>{backup?.last ? new Date(backup.last).toLocaleString() : 'Never'}</dd>
        <dt>Kept safe from clean-ups</dt>
        <dd>
          {status === null
            ? 'Checking…'
            : status.persisted === null
              ? 'This browser cannot say'
              : status.persisted
                ? 'Yes: the browser will not delete Archkit’s data to free space'
                : 'No: under storage pressure the browser may delete Archkit’s data'}
        </dd>
        <dt>Space used</dt>
        <dd>
          {status?.usageBytes == null
            ? 'Unknown'
            : `${formatBytes(status.usageBytes)}${
                status.quotaBytes ? ` of ${formatBytes(status.quotaBytes)} available` : ''
              }`}
        </dd>
        <dt>Works offline</dt>
        <dd>{worksOffline() ? 'Yes' : 'After the next visit'}</dd>
      </dl>
      {status?.persisted === false && (
        <p>
          <button type="button" className="secondary" onClick={() => void askToKeep()}>
            Ask the browser to keep my data
          </button>{' '}
          {asked === false && (
            <span role="status">
              The browser said no for now; browsers grant this to installed or often-used sites.
              Regular backups keep you safe either way.
            </span>
          )}
        </p>
      )}
    </section>
  );
}
