import type { Bundle } from '../../domain/bundle-schema';
import { checkBundleSize, parseBundleText, type KnownRecords } from '../../domain/bundle-validate';
import type { Result } from '../../domain/validation-error';

export type ValidationStage = 'reading' | 'checking';

/** Reads and validates a bundle file, refusing a file too big before reading a byte of it. */
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
