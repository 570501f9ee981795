import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate } from 'react-router';
import type { StoredPack } from '../../db/database';
import { useDatabase } from '../../db/database-provider';
import {
  countScorecardsUsing,
  deletePackVersion,
  listVersions,
  packFileText,
} from '../../db/pack-usage';
import { packFileName } from '../../db/pack-file-name';
import { downloadText } from '../../ui/download';
import { paths } from '../../ui/paths';
import { editorLinks } from './editor-links';
import './pack-actions.css';

/** What can be done with one pack version: edit as a new version, clone, export, delete. */
export function PackActions({ pack }: { pack: StoredPack }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const info = useLiveQuery(
    async () => ({
      used: await countScorecardsUsing(db, pack.id, pack.version),
      versions: (await listVersions(db, pack.id)).map((p) => p.version),
    }),
    [db, pack.id, pack.version],
  );

  async function remove() {
    try {
      await deletePackVersion(db, pack.id, pack.version);
      await navigate(paths.rubrics, {
        state: { notice: `Deleted version ${pack.version} of “${pack.title}”.` },
      });
    } catch (error) {
      setConfirming(false);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  const previous = info?.versions.filter((v) => v < pack.version).at(-1);
  const next = info?.versions.find((v) => v > pack.version);
  const compareWith = previous ?? next;

  return (
    <section aria-label="Pack actions" className="pack-actions-panel">
      <div className="pack-actions">
        <Link className="button" to={editorLinks.editPack(pack.id, pack.version)}>
          Edit as new version
        </Link>
        <Link className="button secondary" to={editorLinks.clonePack(pack.id, pack.version)}>
          Clone
        </Link>
        <button
          type="button"
          className="secondary"
          onClick={() => downloadText(packFileName(pack), packFileText(pack))}
        >
          Export pack
        </button>
        {compareWith !== undefined && (
          <Link
            className="button secondary"
            to={editorLinks.comparePack(
              pack.id,
              Math.min(compareWith, pack.version),
              Math.max(compareWith, pack.version),
            )}
          >
            Compare versions
          </Link>
        )}
        {info && info.used === 0 && !confirming && (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Delete version {pack.version}
          </button>
        )}
      </div>
      {info && info.used > 0 && (
        <p className="muted">
          {info.used} scorecard{info.used === 1 ? ' uses' : 's use'} this version, so it can never
          change or be deleted. Edit it to make a new version.
        </p>
      )}
      {confirming && (
        <div role="group" aria-label="Confirm deleting this version" className="confirm-box">
          <p>
            Delete version {pack.version} of “{pack.title}”? No scorecard uses it. This cannot be
            undone, except for the default pack, which can be restored.
          </p>
          <button type="button" className="danger" onClick={remove}>
            Yes, delete version {pack.version}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
    </section>
  );
}
