import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDatabase } from '../../db/database-provider';
import { fromStoredPack, getPack } from '../../db/pack-repository';
import { createPack } from '../../db/pack-versions';
import { Loading } from '../../ui/loading';
import { editorPaths } from './editor-paths';
import { PackForm } from './pack-form';
import { blankPack } from './pack-templates';

/**
 * A new pack, blank or cloned from `?from=<id>&version=<n>`. It gets its own id, made from
 * its title, and starts at version 1; the source pack is not touched.
 */
export function NewPackPage() {
  const db = useDatabase();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const fromId = searchParams.get('from');
  const fromVersion = Number(searchParams.get('version') ?? '');
  const source = useLiveQuery(
    async () => (fromId ? ((await getPack(db, fromId, fromVersion)) ?? null) : null),
    [db, fromId, fromVersion],
  );

  if (source === undefined) return <Loading label="Loading the pack to clone" />;
  if (fromId && source === null) {
    return (
      <section className="page" aria-labelledby="clone-missing-title">
        <h1 id="clone-missing-title">Rubric pack not found</h1>
        <p>
          There is no pack &ldquo;{fromId}&rdquo; version {searchParams.get('version')} to clone.{' '}
          <Link to={editorPaths.rubrics}>See the stored packs</Link>.
        </p>
      </section>
    );
  }

  const start = source
    ? { ...fromStoredPack(source), title: `${source.title} (copy)` }
    : blankPack();
  return (
    <section className="page" aria-labelledby="new-pack-title">
      <p className="breadcrumb">
        <Link to={editorPaths.rubrics}>Rubrics</Link> / {source ? 'clone' : 'new pack'}
      </p>
      <h1 id="new-pack-title">{source ? `Clone ${source.title}` : 'New rubric pack'}</h1>
      <PackForm
        // A different source is a different form.
        key={source ? source.key : 'blank'}
        defaultValues={start}
        submitLabel={source ? 'Save the clone' : 'Save the new pack'}
        whatIfPackId={source ? source.id : null}
        cancelTo={source ? editorPaths.pack(source.id, source.version) : editorPaths.rubrics}
        intro={
          <p className="lede">
            {source
              ? `Give the clone its own title: its id is made from the title. The what-if below shows how the candidates already scored on “${source.title}” would fare with it.`
              : 'Give the pack a title, fill in at least one module, then set the verdict policy.'}
          </p>
        }
        onSave={async (pack) => {
          const saved = await createPack(db, pack);
          await navigate(editorPaths.pack(saved.id, saved.version), {
            state: { notice: `Saved “${saved.title}” as a new pack (id ${saved.id}, version 1).` },
          });
        }}
      />
    </section>
  );
}
