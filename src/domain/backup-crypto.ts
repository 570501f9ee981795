import type { Result } from './validation-error';

/**
 * Passphrase-encrypted backups. The envelope is plain JSON, so it is recognised before any
 * decryption, and every parameter needed to decrypt it travels with it:
 *
 * {
 *   "format": "archkit-encrypted-bundle", "formatVersion": 1,
 *   "kdf":    { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": base64(16 bytes) },
 *   "cipher": { "name": "AES-GCM", "length": 256, "iv": base64(12 bytes), "tagLength": 128 },
 *   "ciphertext": base64(AES-GCM(UTF-8 of the bundle JSON), additional data "archkit-encrypted-bundle:1")
 * }
 *
 * 600,000 PBKDF2-SHA-256 iterations is OWASP's 2023 recommendation. The salt and IV are fresh
 * random bytes for every export. GCM's tag makes a wrong passphrase and any changed byte
 * (ciphertext, IV, salt, iterations) fail the same way, so nothing is ever half-decrypted.
 */
export const ENCRYPTED_FORMAT = 'archkit-encrypted-bundle';
export const ENCRYPTED_FORMAT_VERSION = 1;
export const KDF_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_BITS = 256;
const TAG_BITS = 128;
// A hostile file must not make the browser spin for minutes, nor accept a weakened key.
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;
const ADDITIONAL_DATA = `${ENCRYPTED_FORMAT}:${ENCRYPTED_FORMAT_VERSION}`;

export const WRONG_PASSPHRASE_MESSAGE =
  'The passphrase is wrong, or the file was changed after it was exported. Nothing was imported.';

export type EncryptedEnvelope = {
  format: typeof ENCRYPTED_FORMAT;
  formatVersion: typeof ENCRYPTED_FORMAT_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; length: 256; iv: string; tagLength: 128 };
  ciphertext: string;
};

const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for big backups.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return globalThis.crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: KEY_BITS },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts a bundle's JSON text; `iterations` is lowered only by tests. */
export async function encryptBundleText(
  plaintext: string,
  passphrase: string,
  iterations: number = KDF_ITERATIONS,
): Promise<EncryptedEnvelope> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, tagLength: TAG_BITS, additionalData: encoder.encode(ADDITIONAL_DATA) },
    key,
    encoder.encode(plaintext),
  );
  return {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', length: KEY_BITS, iv: toBase64(iv), tagLength: TAG_BITS },
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** True for anything that claims to be an encrypted Archkit backup (checked fully on decrypt). */
export function isEncryptedEnvelope(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as { format?: unknown }).format === ENCRYPTED_FORMAT
  );
}

/** A cheap look at the first bytes of a file, so the import can ask for a passphrase first. */
export function looksEncrypted(head: string): boolean {
  return new RegExp(`"format"\\s*:\\s*"${ENCRYPTED_FORMAT}"`).test(head);
}

type Checked = {
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  iterations: number;
  data: Uint8Array<ArrayBuffer>;
};

function checkEnvelope(value: unknown): Result<Checked> {
  const fail = (path: string, message: string): Result<Checked> => ({
    ok: false,
    problem: { path, message },
  });
  if (!isEncryptedEnvelope(value)) {
    return fail('format', `must be "${ENCRYPTED_FORMAT}"`);
  }
  const envelope = value as Partial<Record<keyof EncryptedEnvelope, unknown>>;
  if (typeof envelope.formatVersion !== 'number') return fail('formatVersion', 'must be 1');
  if (envelope.formatVersion > ENCRYPTED_FORMAT_VERSION) {
    return fail(
      'formatVersion',
      `was made by a newer Archkit (format version ${envelope.formatVersion}); update Archkit to open it`,
    );
  }
  if (envelope.formatVersion !== ENCRYPTED_FORMAT_VERSION)
    return fail('formatVersion', 'must be 1');
  const kdf = envelope.kdf as Partial<EncryptedEnvelope['kdf']> | undefined;
  if (!kdf || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') {
    return fail('kdf', 'must be PBKDF2 with SHA-256');
  }
  if (
    typeof kdf.iterations !== 'number' ||
    !Number.isInteger(kdf.iterations) ||
    kdf.iterations < MIN_ITERATIONS ||
    kdf.iterations > MAX_ITERATIONS
  ) {
    return fail(
      'kdf.iterations',
      `must be a whole number from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}`,
    );
  }
  const cipher = envelope.cipher as Partial<EncryptedEnvelope['cipher']> | undefined;
  if (!cipher || cipher.name !== 'AES-GCM') return fail('cipher', 'must be AES-GCM');
  const salt = typeof kdf.salt === 'string' ? fromBase64(kdf.salt) : null;
  if (!salt || salt.length !== SALT_BYTES)
    return fail('kdf.salt', `must be ${SALT_BYTES} bytes in base64`);
  const iv = typeof cipher.iv === 'string' ? fromBase64(cipher.iv) : null;
  if (!iv || iv.length !== IV_BYTES)
    return fail('cipher.iv', `must be ${IV_BYTES} bytes in base64`);
  const data = typeof envelope.ciphertext === 'string' ? fromBase64(envelope.ciphertext) : null;
  if (!data || data.length < TAG_BITS / 8) return fail('ciphertext', 'must be base64');
  return { ok: true, value: { salt, iv, iterations: kdf.iterations, data } };
}

/**
 * The bundle JSON inside an envelope. A malformed envelope names its problem; a wrong
 * passphrase or a changed byte gives WRONG_PASSPHRASE_MESSAGE. Never throws.
 */
export async function decryptBundleText(
  envelope: unknown,
  passphrase: string,
): Promise<Result<string>> {
  const checked = checkEnvelope(envelope);
  if (!checked.ok) return checked;
  const { salt, iv, iterations, data } = checked.value;
  try {
    const key = await deriveKey(passphrase, salt, iterations);
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, tagLength: TAG_BITS, additionalData: encoder.encode(ADDITIONAL_DATA) },
      key,
      data,
    );
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, problem: { path: '(the whole file)', message: WRONG_PASSPHRASE_MESSAGE } };
  }
}
