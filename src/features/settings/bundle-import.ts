import type { ArchkitDatabase } from '../../db/database';
import {
  ImportConflictError,
  importBundle,
  loadKnownRecords,
  type ImportSummary,
} from '../../db/bundle-repository';
import { isQuotaError } from '../../db/storage-status';
import type { ValidationProblem } from '../../domain/validation-error';
import { validateBundleFile } from './bundle-file-validation';

export type ImportStep = 'reading' | 'checking' | 'saving';
export type ImportProgress = { step: ImportStep; percent: number | null };

/** How an import ended, as plain data: it crosses from the worker to the page. */
export type ImportOutcome =
  | { status: 'imported'; summary: ImportSummary }
  | { status: 'invalid'; problem: ValidationProblem }
  | { status: 'conflict'; message: string }
  | { status: 'quota' }
  | { status: 'failed'; message: string };

/**
 * Reads, validates and merges a bundle file in one go. Nothing is written unless every
 * record is valid, and the merge is one transaction: a file refused or failing half-way
 * changes nothing.
 */
export async function importBundleFile(
  db: ArchkitDatabase,
  file: Blob,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportOutcome> {
  try {
    const known = await loadKnownRecords(db);
    const result = await validateBundleFile(file, known, (step) =>
      onProgress({ step, percent: null }),
    );
    if (!result.ok) return { status: 'invalid', problem: result.problem };
    onProgress({ step: 'saving', percent: 0 });
    const summary = await importBundle(db, result.value, ({ done, total }) =>
      onProgress({ step: 'saving', percent: total === 0 ? 100 : Math.round((done / total) * 100) }),
    );
    return { status: 'imported', summary };
  } catch (error) {
    if (isQuotaError(error)) return { status: 'quota' };
    if (error instanceof ImportConflictError) return { status: 'conflict', message: error.message };
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

export type ImportRequest = { file: Blob; databaseName: string };
export type ImportMessage =
  { type: 'progress'; progress: ImportProgress } | { type: 'outcome'; outcome: ImportOutcome };

/**
 * A year of hiring is ~170 MB: reading, checking and saving it take seconds. A worker does it
 * all, writing to the database itself, so the page stays responsive and the parsed records
 * are never copied back to it (that copy alone took seconds). The page's live queries hear
 * of the writes as of any other tab's. Where workers are missing (jsdom) it runs inline.
 */
export function importBundleFileOffThread(
  db: ArchkitDatabase,
  file: Blob,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return importBundleFile(db, file, onProgress);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./bundle-import.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      if (event.data.type === 'progress') return onProgress(event.data.progress);
      worker.terminate();
      resolve(event.data.outcome);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ status: 'failed', message: event.message || 'the import stopped unexpectedly' });
    };
    worker.postMessage({ file, databaseName: db.name } satisfies ImportRequest);
  });
}
