/// <reference lib="webworker" />
import { openDatabase, type ArchkitDatabase } from '../../db/database';
import { importBundleFile, type ImportMessage, type ImportRequest } from './bundle-import';

declare const self: DedicatedWorkerGlobalScope;

let db: ArchkitDatabase | null = null;

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    db = openDatabase(request.databaseName);
    // A newer Archkit upgrading the database from another tab: let it. An import after that
    // opens the database again (and fails whole if this version can no longer open it).
    db.on('versionchange', () => db?.close({ disableAutoOpen: false }));
    // Errors surface in the import, which waits for this open.
    db.open().catch(() => {});
    return;
  }
  const post = (message: ImportMessage) => self.postMessage(message);
  if (!db) throw new Error('the import worker was asked to import before opening the database');
  try {
    const outcome = await importBundleFile(db, request.file, (progress) =>
      post({ type: 'progress', progress }),
    );
    post({ type: 'outcome', outcome });
  } finally {
    db.close();
  }
};
