import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useDatabase } from '../../db/database-provider';
import {
  ImportConflictError,
  importBundle,
  loadKnownRecords,
  type ImportSummary,
  type RecordCounts,
} from '../../db/bundle-repository';
import { problemText } from '../../domain/validation-error';
import { validateBundleFileOffThread, type ValidationStage } from './bundle-file-validation';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'working'; fileName: string; step: string; percent: number | null }
  | { phase: 'done'; fileName: string; summary: ImportSummary }
  | { phase: 'failed'; fileName: string; reason: string };

const STAGE_TEXT: Record<ValidationStage, string> = {
  reading: 'Reading the file',
  checking: 'Checking every record',
};

export function ImportSection() {
  const db = useDatabase();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const fileName = file.name;
    const working = (step: string, percent: number | null = null) =>
      setState({ phase: 'working', fileName, step, percent });
    try {
      working('Preparing');
      const known = await loadKnownRecords(db);
      const result = await validateBundleFileOffThread(file, known, (stage) =>
        working(STAGE_TEXT[stage]),
      );
      if (!result.ok) {
        setState({ phase: 'failed', fileName, reason: problemText(result.problem) });
        return;
      }
      working('Saving', 0);
      const summary = await importBundle(db, result.value, ({ done, total }) =>
        working('Saving', total === 0 ? 100 : Math.round((done / total) * 100)),
      );
      setState({ phase: 'done', fileName, summary });
    } catch (error) {
      const reason =
        error instanceof ImportConflictError
          ? error.message
          : error instanceof Error && error.name === 'QuotaExceededError'
            ? 'this browser has no storage space left for it'
            : `it could not be saved (${error instanceof Error ? error.message : String(error)})`;
      setState({ phase: 'failed', fileName, reason });
    } finally {
      // Let the same file be chosen again, for example after fixing it.
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  return (
    <section aria-labelledby="import-title" className="settings-section">
      <h2 id="import-title">Import a bundle</h2>
      <p>
        Merge a bundle exported from Archkit, for example each panel member&apos;s scorecards from
        their own laptop. New records are added; a record that is already here is replaced only by a
        newer copy. Importing the same file twice changes nothing. A file with any problem is
        refused whole.
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
    </>
  );
}
