import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { useDatabase } from '../../db/database-provider';
import { importPackFile, restoreShippedPacks } from '../../db/pack-versions';
import { SHIPPED_PACKS } from '../../db/shipped-packs';
import { checkBundleSize } from '../../domain/bundle-validate';
import { problemText } from '../../domain/validation-error';
import { editorLinks } from './editor-links';
import './pack-actions.css';

type Outcome = { tone: 'ok' | 'problem'; text: string } | null;

/** New pack, import a pack file, restore the default pack. */
export function PackLibraryActions() {
  const db = useDatabase();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    // Refused before reading: a huge file is never loaded into memory.
    const tooBig = checkBundleSize(file.size);
    if (tooBig) {
      setOutcome({
        tone: 'problem',
        text: `${file.name} was not imported, and nothing was changed. The problem: ${problemText(tooBig)}.`,
      });
      return;
    }
    try {
      const result = await importPackFile(db, await file.text());
      if (result.status === 'added') {
        setOutcome({
          tone: 'ok',
          text: `Imported “${result.pack.title}” version ${result.pack.version} from ${file.name}.`,
        });
      } else if (result.status === 'already-here') {
        setOutcome({
          tone: 'ok',
          text: `“${result.pack.title}” version ${result.pack.version} is already here with the same content; nothing was changed.`,
        });
      } else {
        setOutcome({
          tone: 'problem',
          text: `${file.name} was not imported, and nothing was changed. The problem: ${problemText(result.problem)}.`,
        });
      }
    } catch (error) {
      setOutcome({
        tone: 'problem',
        text: `${file.name} could not be imported (${error instanceof Error ? error.message : String(error)}).`,
      });
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  async function restore() {
    try {
      const result = await restoreShippedPacks(db, SHIPPED_PACKS);
      setOutcome({
        tone: 'ok',
        text:
          result.restored.length > 0
            ? `Restored the default pack (${result.restored.join(', ')}).`
            : 'The default pack is already here; nothing was changed.',
      });
    } catch (error) {
      setOutcome({
        tone: 'problem',
        text: `The default pack could not be restored (${error instanceof Error ? error.message : String(error)}).`,
      });
    }
  }

  return (
    <section aria-labelledby="pack-library-title" className="pack-library">
      <h2 id="pack-library-title" className="visually-hidden">
        Manage packs
      </h2>
      <div className="pack-actions">
        <Link className="button" to={editorLinks.newPack}>
          New pack
        </Link>
        <button type="button" className="secondary" onClick={restore}>
          Restore the default pack
        </button>
        <span className="file-pick">
          <label htmlFor={inputId}>Import a pack file (.json)</label>{' '}
          <input
            id={inputId}
            ref={inputRef}
            type="file"
            accept=".json,application/json"
            onChange={handleFile}
          />
        </span>
      </div>
      <div role="status" aria-live="polite">
        {outcome?.tone === 'ok' && <p>{outcome.text}</p>}
      </div>
      {outcome?.tone === 'problem' && (
        <p role="alert" className="problem">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
