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

/** The page's messages to the import worker: open the database ahead, then import a file. */
export type ImportRequest = { type: 'open'; databaseName: string } | { type: 'import'; file: Blob };
export type ImportMessage =
  { type: 'progress'; progress: ImportProgress } | { type: 'outcome'; outcome: ImportOutcome };
