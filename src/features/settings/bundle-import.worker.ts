/// <reference lib="webworker" />
import { openDatabase } from '../../db/database';
import { importBundleFile, type ImportMessage, type ImportRequest } from './bundle-import';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const post = (message: ImportMessage) => self.postMessage(message);
  const db = openDatabase(event.data.databaseName);
  // A newer Archkit upgrading the database from another tab: let it, this import fails whole.
  db.on('versionchange', () => db.close());
  try {
    const outcome = await importBundleFile(db, event.data.file, (progress) =>
      post({ type: 'progress', progress }),
    );
    post({ type: 'outcome', outcome });
  } finally {
    db.close();
  }
};
