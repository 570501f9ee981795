import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useDatabase } from '../../db/database-provider';
import type { ImportSummary, RecordCounts } from '../../db/bundle-repository';
import { QUOTA_MESSAGE } from '../../db/storage-status';
import { decryptBundleText, looksEncrypted } from '../../domain/backup-crypto';
import { checkBundleSize } from '../../domain/bundle-validate';
import { parseJsonSafely } from '../../domain/safe-json';
import { problemText } from '../../domain/validation-error';
import type { ImportStep } from './bundle-import';
import { startImportRunner, type ImportRunner } from './import-runner';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'working'; fileName: string; step: string; percent: number | null }
  | { phase: 'done'; fileName: string; summary: ImportSummary }
  | { phase: 'passphrase'; fileName: string; envelope: unknown }
  | { phase: 'failed'; fileName: string; reason: string }
  | { phase: 'refused'; fileName: string; sentence: string };

const STEP_TEXT: Record<ImportStep, string> = {
  reading: 'Reading the file',
  checking: 'Checking every record',
  saving: 'Saving',
};

export function ImportSection() {
  const db = useDatabase();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const runner = useRef<ImportRunner | null>(null);
  useEffect(() => {
    const started = startImportRunner(db);
    runner.current = started;
    return () => {
      started.dispose();
      if (runner.current === started) runner.current = null;
    };
  }, [db]);

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      // Refused before reading a byte: a huge file must not be loaded into memory at all.
      const tooBig = checkBundleSize(file.size);
      if (tooBig) {
        setState({ phase: 'failed', fileName: file.name, reason: problemText(tooBig) });
        return;
      }
      // An encrypted backup names itself in its first bytes: ask for the passphrase first.
      if (looksEncrypted(await file.slice(0, 512).text())) {
        const json = parseJsonSafely(await file.text());
        if (!json.ok) {
          setState({ phase: 'failed', fileName: file.name, reason: problemText(json.problem) });
          return;
        }
        setPassphrase('');
        setState({ phase: 'passphrase', fileName: file.name, envelope: json.value });
        return;
      }
      await importFile(file, file.name);
    } finally {
      // Let the same file be chosen again, for example after fixing it.
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  async function decryptAndImport(event: FormEvent) {
    event.preventDefault();
    if (state.phase !== 'passphrase') return;
    const { fileName, envelope } = state;
    setState({ phase: 'working', fileName, step: 'Decrypting', percent: null });
    const plain = await decryptBundleText(envelope, passphrase);
    setPassphrase('');
    if (!plain.ok) {
      setState({
        phase: 'refused',
        fileName,
        sentence:
          plain.problem.path === '(the whole file)'
            ? plain.problem.message
            : `${fileName} was not imported, and nothing was changed. The problem: ${problemText(plain.problem)}.`,
      });
      return;
    }
    await importFile(new Blob([plain.value], { type: 'application/json' }), fileName);
  }

  async function importFile(file: Blob, fileName: string) {
    setState({ phase: 'working', fileName, step: 'Preparing', percent: null });
    // The runner Settings started when it opened; one of its own if that is gone, stopped after.
    const active = runner.current ?? startImportRunner(db);
    const outcome = await active.run(file, ({ step, percent }) =>
      setState({ phase: 'working', fileName, step: STEP_TEXT[step], percent }),
    );
    if (active !== runner.current) active.dispose();
    switch (outcome.status) {
      case 'imported':
        return setState({ phase: 'done', fileName, summary: outcome.summary });
      case 'invalid':
        return setState({ phase: 'failed', fileName, reason: problemText(outcome.problem) });
      case 'conflict':
        return setState({ phase: 'failed', fileName, reason: outcome.message });
      case 'quota':
        return setState({
          phase: 'refused',
          fileName,
          sentence: `${fileName} was not imported. ${QUOTA_MESSAGE}`,
        });
      case 'failed':
        return setState({
          phase: 'failed',
          fileName,
          reason: `it could not be saved (${outcome.message})`,
        });
    }
  }

  return (
    <section aria-labelledby="import-title" className="settings-section">
      <h2 id="import-title">Import a bundle</h2>
      <p>
        Merge a bundle exported from Archkit, for example each panel member&apos;s scorecards from
        their own laptop. New records are added; a record that is already here is replaced only by a
        newer copy. Importing the same file twice changes nothing. A file with any problem is
        refused whole. An encrypted backup asks for its passphrase; restoring it is the same merge.
      </p>
      <label htmlFor={inputId}>Bundle file (.json)</label>{' '}
      <input
        id={inputId}
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        onChange={handleFile}
        disabled={state.phase === 'working'}
      />
      {state.phase === 'passphrase' && (
        <form
          className="passphrase-fields"
          onSubmit={decryptAndImport}
          aria-label={`Decrypt ${state.fileName}`}
        >
          <p>{state.fileName} is an encrypted backup.</p>
          <label htmlFor={`${inputId}-pass`}>Passphrase of the backup</label>
          <input
            id={`${inputId}-pass`}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            // The form appears because the user chose this file: the passphrase is next.
            autoFocus
          />
          <p>
            <button type="submit">Decrypt and import</button>{' '}
            <button type="button" className="secondary" onClick={() => setState({ phase: 'idle' })}>
              Cancel
            </button>
          </p>
        </form>
      )}
      <div role="status" aria-live="polite" className="import-status">
        {state.phase === 'working' && (
          <p>
            {state.step} of {state.fileName}…{' '}
            {state.percent !== null && (
              <progress max={100} value={state.percent} aria-label="Import progress">
                {state.percent}%
              </progress>
            )}
          </p>
        )}
        {state.phase === 'done' && (
          <ImportResult fileName={state.fileName} summary={state.summary} />
        )}
      </div>
      {state.phase === 'failed' && (
        <div role="alert" className="problem">
          <p>
            <strong>{state.fileName} was not imported, and nothing was changed.</strong>
          </p>
          <p>The problem: {state.reason}.</p>
        </div>
      )}
      {state.phase === 'refused' && (
        <div role="alert" className="problem">
          <p>
            <strong>{state.sentence}</strong>
          </p>
        </div>
      )}
    </section>
  );
}

const KINDS: { key: keyof RecordCounts; label: string }[] = [
  { key: 'candidates', label: 'Candidates' },
  { key: 'scorecards', label: 'Scorecards' },
  { key: 'packs', label: 'Rubric packs' },
];

function ImportResult({ fileName, summary }: { fileName: string; summary: ImportSummary }) {
  return (
    <>
      <p>
        <strong>Imported {fileName}.</strong>
      </p>
      <table className="data-table compact">
        <caption className="visually-hidden">What the import added, updated and skipped</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Added</th>
            <th scope="col">Updated</th>
            <th scope="col">Skipped (already up to date)</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map((kind) => (
            <tr key={kind.key}>
              <th scope="row">{kind.label}</th>
              <td>{summary.added[kind.key]}</td>
              <td>{summary.updated[kind.key]}</td>
              <td>{summary.skipped[kind.key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.audit.added + summary.audit.skipped > 0 && (
        <p>
          Audit log: {summary.audit.added} entries added, {summary.audit.skipped} already here.
        </p>
      )}
    </>
  );
}
