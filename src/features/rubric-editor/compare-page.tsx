import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDatabase } from '../../db/database-provider';
import { fromStoredPack } from '../../db/pack-repository';
import { listVersions } from '../../db/pack-usage';
import { diffPacks, type PackChange, type PackChangeArea } from '../../domain/pack-diff';
import { Loading } from '../../ui/loading';
import { editorPaths } from './editor-paths';
import './rubric-editor.css';

const AREAS: { area: PackChangeArea; title: string }[] = [
  { area: 'pack', title: 'Pack details' },
  { area: 'module', title: 'Modules' },
  { area: 'criterion', title: 'Criteria' },
  { area: 'flag', title: 'Flags' },
  { area: 'scenario', title: 'Scenarios' },
  { area: 'policy', title: 'Verdict policy' },
  { area: 'track-weights', title: 'Track weights' },
];

const KIND_WORDS: Record<PackChange['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** Two versions of one pack side by side, as a list of what changed, in plain words. */
export function ComparePage() {
  const db = useDatabase();
  const params = useParams();
  const packId = params.packId ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const versions = useLiveQuery(() => listVersions(db, packId), [db, packId]);

  if (versions === undefined) return <Loading label="Loading the versions" />;
  if (versions.length === 0) {
    return (
      <section className="page" aria-labelledby="compare-missing-title">
        <h1 id="compare-missing-title">Rubric pack not found</h1>
        <p>
          There is no pack &ldquo;{packId}&rdquo; in this browser.{' '}
          <Link to={editorPaths.rubrics}>See the stored packs</Link>.
        </p>
      </section>
    );
  }

  const numbers = versions.map((pack) => pack.version);
  const pick = (key: string, fallback: number) => {
    const value = Number(searchParams.get(key));
    return numbers.includes(value) ? value : fallback;
  };
  const to = pick('to', numbers.at(-1)!);
  const from = pick('from', numbers.length > 1 ? numbers.at(-2)! : numbers[0]!);
  const fromPack = versions.find((pack) => pack.version === from)!;
  const toPack = versions.find((pack) => pack.version === to)!;
  const changes = diffPacks(fromStoredPack(fromPack), fromStoredPack(toPack));
  const latest = versions.at(-1)!;

  const select = (key: 'from' | 'to', label: string, value: number) => (
    <label className="compare-pick">
      {label}{' '}
      <select
        value={value}
        onChange={(event) => {
          const next = new URLSearchParams(searchParams);
          next.set(key, event.target.value);
          setSearchParams(next, { replace: true });
        }}
      >
        {numbers.map((number) => (
          <option key={number} value={number}>
            Version {number}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="page" aria-labelledby="compare-title">
      <p className="breadcrumb">
        <Link to={editorPaths.rubrics}>Rubrics</Link> /{' '}
        <Link to={editorPaths.pack(latest.id, latest.version)}>{latest.title}</Link> / compare
      </p>
      <h1 id="compare-title">Compare versions of {latest.title}</h1>
      <div className="form-actions">
        {select('from', 'From', from)}
        {select('to', 'To', to)}
      </div>
      <h2>
        What changed from version {from} to version {to}
      </h2>
      {from === to ? (
        <p>Pick two different versions to see what changed.</p>
      ) : changes.length === 0 ? (
        <p>Nothing: the two versions have the same content.</p>
      ) : (
        <>
          <p>
            {changes.length} change{changes.length === 1 ? '' : 's'}.
          </p>
          {AREAS.map(({ area, title }) => {
            const inArea = changes.filter((change) => change.area === area);
            if (inArea.length === 0) return null;
            return (
              <section key={area} aria-labelledby={`diff-${area}`}>
                <h3 id={`diff-${area}`}>{title}</h3>
                <ul className="diff-list">
                  {inArea.map((change, index) => (
                    <li key={index}>
                      <span className={`badge diff-${change.kind}`}>{KIND_WORDS[change.kind]}</span>{' '}
                      {change.text}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
