import type { ArchkitDatabase } from '../../db/database';
import {
  importBundleFile,
  type ImportMessage,
  type ImportOutcome,
  type ImportProgress,
  type ImportRequest,
} from './bundle-import';

export type ImportRunner = {
  run(file: Blob, onProgress: (progress: ImportProgress) => void): Promise<ImportOutcome>;
  /** Stops the worker kept ready; an import under way runs to its end. */
  dispose(): void;
};

type ReadyWorker = { worker: Worker; error: string | null };

/**
 * A year of hiring is ~170 MB: reading, checking and saving it take seconds. A worker does it
 * all, writing to the database itself, so the page stays responsive and the parsed records
 * are never copied back to it (that copy alone took seconds). The page's live queries hear
 * of the writes as of any other tab's.
 *
 * The worker is started before it is needed, when Settings opens: its code loads and the
 * database opens while the user is still choosing the file. Each import has a worker of its
 * own; the next one is made ready when it ends. Where workers are missing (jsdom) the import
 * runs inline.
 */
export function startImportRunner(db: ArchkitDatabase): ImportRunner {
  if (typeof Worker === 'undefined') {
    return { run: (file, onProgress) => importBundleFile(db, file, onProgress), dispose() {} };
  }
  const makeReady = (): ReadyWorker => {
    const worker = new Worker(new URL('./bundle-import.worker.ts', import.meta.url), {
      type: 'module',
    });
    const ready: ReadyWorker = { worker, error: null };
    // Kept until the import: a worker that failed to start would otherwise never answer.
    worker.onerror = (event) => {
      ready.error = event.message || 'the import could not start';
    };
    worker.postMessage({ type: 'open', databaseName: db.name } satisfies ImportRequest);
    return ready;
  };
  let ready: ReadyWorker | null = makeReady();
  let disposed = false;

  return {
    run(file, onProgress) {
      const { worker, error } = ready ?? makeReady();
      ready = null;
      const finish = (outcome: ImportOutcome) => {
        worker.terminate();
        if (!disposed) ready = makeReady();
        return outcome;
      };
      if (error) return Promise.resolve(finish({ status: 'failed', message: error }));
      return new Promise((resolve) => {
        worker.onmessage = (event: MessageEvent<ImportMessage>) => {
          if (event.data.type === 'progress') return onProgress(event.data.progress);
          resolve(finish(event.data.outcome));
        };
        worker.onerror = (event) => {
          resolve(
            finish({
              status: 'failed',
              message: event.message || 'the import stopped unexpectedly',
            }),
          );
        };
        worker.postMessage({ type: 'import', file } satisfies ImportRequest);
      });
    },
    dispose() {
      disposed = true;
      ready?.worker.terminate();
      ready = null;
    },
  };
}
