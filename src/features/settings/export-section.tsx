import { useId, useState, type FormEvent } from 'react';
import { useDatabase } from '../../db/database-provider';
import { exportBundle, recordExport } from '../../db/bundle-repository';
import { encryptBundleText } from '../../domain/backup-crypto';
import { dateStamp, downloadText } from '../../ui/download';

export const MIN_PASSPHRASE_LENGTH = 10;

export function ExportSection() {
  const db = useDatabase();
  const id = useId();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);

  async function exportEverything(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    if (encrypt && passphrase.length < MIN_PASSPHRASE_LENGTH) {
      return setProblem(
        `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters; a few words make a strong one.`,
      );
    }
    if (encrypt && passphrase !== repeat) {
      return setProblem('The two passphrases differ. Type the same one twice.');
    }
    setProblem('');
    setBusy(true);
    try {
      const bundle = await exportBundle(db);
      const counts = `${bundle.candidates.length} candidates, ${bundle.scorecards.length} scorecards and ${bundle.rubricPacks.length} rubric packs`;
      if (encrypt) {
        const envelope = await encryptBundleText(JSON.stringify(bundle), passphrase);
        downloadText(`archkit-backup-${dateStamp()}.encrypted.json`, JSON.stringify(envelope));
        setMessage(`Exported ${counts}, encrypted with your passphrase.`);
      } else {
        downloadText(`archkit-bundle-${dateStamp()}.json`, JSON.stringify(bundle, null, 2));
        setMessage(`Exported ${counts}.`);
      }
      await recordExport(db, bundle.exportedAt);
    } catch (error) {
      setProblem(
        `The export failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="export-title" className="settings-section">
      <h2 id="export-title">Export everything</h2>
      <p>
        Saves one bundle file with every candidate, scorecard, rubric pack and the audit log of
        score changes in this browser. Use it as a backup, to move to another laptop, or to send
        your scorecards to the hiring manager. The file contains personal data: keep it safe, or
        encrypt it with a passphrase.
      </p>
      <form onSubmit={exportEverything} aria-label="Export everything">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={encrypt}
            onChange={(event) => setEncrypt(event.target.checked)}
          />{' '}
          Encrypt the file with a passphrase
        </label>
        {encrypt && (
          <div className="passphrase-fields">
            <label htmlFor={`${id}-pass`}>Passphrase</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              aria-describedby={`${id}-hint`}
            />
            <label htmlFor={`${id}-repeat`}>Repeat the passphrase</label>
            <input
              id={`${id}-repeat`}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
            />
            <p id={`${id}-hint`} className="hint">
              At least {MIN_PASSPHRASE_LENGTH} characters. Nobody can open the file without it,
              Archkit included: a forgotten passphrase cannot be recovered. (AES-GCM 256 with a key
              derived by PBKDF2-SHA-256, 600,000 iterations.)
            </p>
          </div>
        )}
        <button type="submit" disabled={busy}>
          Export everything
        </button>
      </form>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
