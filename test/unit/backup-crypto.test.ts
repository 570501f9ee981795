import { describe, expect, it } from 'vitest';
import {
  decryptBundleText,
  encryptBundleText,
  isEncryptedEnvelope,
  looksEncrypted,
  WRONG_PASSPHRASE_MESSAGE,
  type EncryptedEnvelope,
} from '../../src/domain/backup-crypto';
import { workedExample } from '../fixtures/factories';

const FAST = 100_000; // the lowest count a file may name; keeps the suite quick
const text = JSON.stringify(workedExample());

function flipFirstChar(base64: string): string {
  return (base64[0] === 'A' ? 'B' : 'A') + base64.slice(1);
}

describe('encrypted backups', () => {
  it('uses the documented parameters by default and round-trips the bundle', async () => {
    const envelope = await encryptBundleText(text, 'correct horse battery staple');
    expect(envelope.format).toBe('archkit-encrypted-bundle');
    expect(envelope.formatVersion).toBe(1);
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(envelope.cipher).toMatchObject({ name: 'AES-GCM', length: 256, tagLength: 128 });
    expect(atob(envelope.kdf.salt)).toHaveLength(16);
    expect(atob(envelope.cipher.iv)).toHaveLength(12);
    expect(envelope.ciphertext).not.toContain('Jane');
    // Through JSON, as the file travels.
    const back = await decryptBundleText(
      JSON.parse(JSON.stringify(envelope)),
      'correct horse battery staple',
    );
    expect(back).toEqual({ ok: true, value: text });
  });

  it('uses a fresh salt and IV for every export', async () => {
    const a = await encryptBundleText(text, 'pass phrase', FAST);
    const b = await encryptBundleText(text, 'pass phrase', FAST);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('refuses a wrong passphrase and every tampered field with one clear message', async () => {
    const envelope = await encryptBundleText(text, 'right one', FAST);
    const refused = {
      ok: false,
      problem: { path: '(the whole file)', message: WRONG_PASSPHRASE_MESSAGE },
    };
    expect(await decryptBundleText(envelope, 'wrong one')).toEqual(refused);
    expect(await decryptBundleText(envelope, '')).toEqual(refused);
    const tampered: EncryptedEnvelope[] = [
      { ...envelope, ciphertext: flipFirstChar(envelope.ciphertext) },
      { ...envelope, cipher: { ...envelope.cipher, iv: flipFirstChar(envelope.cipher.iv) } },
      { ...envelope, kdf: { ...envelope.kdf, salt: flipFirstChar(envelope.kdf.salt) } },
      { ...envelope, kdf: { ...envelope.kdf, iterations: FAST + 1 } },
    ];
    for (const file of tampered)
      expect(await decryptBundleText(file, 'right one')).toEqual(refused);
    expect(WRONG_PASSPHRASE_MESSAGE).toBe(
      'The passphrase is wrong, or the file was changed after it was exported. Nothing was imported.',
    );
  });

  it('names what is wrong with a malformed envelope, and never throws', async () => {
    const envelope = await encryptBundleText(text, 'p', FAST);
    const cases: [unknown, string][] = [
      [null, 'format'],
      [{ format: 'archkit-bundle' }, 'format'],
      [{ ...envelope, formatVersion: 2 }, 'formatVersion'],
      [{ ...envelope, kdf: { ...envelope.kdf, iterations: 10 } }, 'kdf.iterations'],
      [{ ...envelope, kdf: { ...envelope.kdf, iterations: 1e12 } }, 'kdf.iterations'],
      [{ ...envelope, kdf: { ...envelope.kdf, hash: 'SHA-1' } }, 'kdf'],
      [{ ...envelope, kdf: { ...envelope.kdf, salt: '%%%' } }, 'kdf.salt'],
      [{ ...envelope, cipher: { ...envelope.cipher, iv: 'AAAA' } }, 'cipher.iv'],
      [{ ...envelope, cipher: { name: 'AES-CBC' } }, 'cipher'],
      [{ ...envelope, ciphertext: 42 }, 'ciphertext'],
    ];
    for (const [file, path] of cases) {
      const result = await decryptBundleText(file, 'p');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.path).toBe(path);
    }
    expect((await decryptBundleText({ ...envelope, formatVersion: 2 }, 'p')).ok).toBe(false);
  });

  it('is recognised from the object and from the first bytes of the file', async () => {
    const envelope = await encryptBundleText(text, 'p', FAST);
    expect(isEncryptedEnvelope(envelope)).toBe(true);
    expect(isEncryptedEnvelope(workedExample())).toBe(false);
    expect(looksEncrypted(JSON.stringify(envelope).slice(0, 100))).toBe(true);
    expect(looksEncrypted(JSON.stringify(envelope, null, 2).slice(0, 100))).toBe(true);
    expect(looksEncrypted(text.slice(0, 100))).toBe(false);
  });

  it('keeps every character, also outside the Basic Multilingual Plane', async () => {
    const unusual = JSON.stringify({ name: 'Zoë 🚀 名前 \u0000 \u2028' });
    const envelope = await encryptBundleText(unusual, 'pässwörd 🔑', FAST);
    expect(await decryptBundleText(envelope, 'pässwörd 🔑')).toEqual({ ok: true, value: unusual });
  });
});
