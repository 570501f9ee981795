import type { Bundle } from '../../domain/bundle-schema';
import { checkBundleSize, parseBundleText, type KnownRecords } from '../../domain/bundle-validate';
import type { Result } from '../../domain/validation-error';

export type ValidationStage = 'reading' | 'checking';
export type WorkerRequest = { file: Blob; known: KnownRecords };
export type WorkerMessage =
  { type: 'stage'; stage: ValidationStage } | { type: 'result'; result: Result<Bundle> };

/** Reads and validates a bundle file; the same code runs in the worker and, without one, here. */
export async function validateBundleFile(
  file: Blob,
  known: KnownRecords,
  onStage: (stage: ValidationStage) => void = () => {},
): Promise<Result<Bundle>> {
  // Refused before reading: a huge file must not be loaded into memory at all.
  const tooBig = checkBundleSize(file.size);
  if (tooBig) return { ok: false, problem: tooBig };
  onStage('reading');
  const text = await file.text();
  onStage('checking');
  return parseBundleText(text, known);
}

/**
 * Validation of a large bundle (a year of hiring is ~150 MB) takes seconds; a worker keeps
 * the page responsive meanwhile. Where workers are missing (tests in jsdom) it runs inline.
 */
export function validateBundleFileOffThread(
  file: Blob,
  known: KnownRecords,
  onStage: (stage: ValidationStage) => void,
): Promise<Result<Bundle>> {
  if (typeof Worker === 'undefined') return validateBundleFile(file, known, onStage);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bundle-validation.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'stage') return onStage(event.data.stage);
      worker.terminate();
      resolve(event.data.result);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The file check stopped unexpectedly'));
    };
    worker.postMessage({ file, known } satisfies WorkerRequest);
  });
}
