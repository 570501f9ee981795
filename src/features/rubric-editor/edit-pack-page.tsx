import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { useDatabase } from '../../db/database-provider';
import { fromStoredPack } from '../../db/pack-repository';
import { listVersions, scorecardCountsByVersion } from '../../db/pack-usage';
import { saveNewVersion } from '../../db/pack-versions';
import { usePack } from '../../db/use-packs';
import { Loading } from '../../ui/loading';
import { editorPaths } from './editor-paths';
import { PackForm } from './pack-form';

/** Editing a version never changes it: saving stores the edited pack as a new version. */
export function EditPackPage() {
  const db = useDatabase();
  const navigate = useNavigate();
  const params = useParams();
  const packId = params.packId ?? '';
  const version = Number(params.version);
  const pack = usePack(packId, version);
  const info = useLiveQuery(
    async () => ({
      next: Math.max(0, ...(await listVersions(db, packId)).map((p) => p.version)) + 1,
      used: (await scorecardCountsByVersion(db, packId)).get(version) ?? 0,
    }),
    [db, packId, version],
  );

  if (pack === undefined || info === undefined) return <Loading label="Loading the rubric pack" />;
  if (pack === null) {
    return (
      <section className="page" aria-labelledby="edit-missing-title">
        <h1 id="edit-missing-title">Rubric pack not found</h1>
        <p>
          There is no pack &ldquo;{packId}&rdquo; version {params.version} to edit.{' '}
          <Link to={editorPaths.rubrics}>See the stored packs</Link>.
        </p>
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="edit-title">
      <p className="breadcrumb">
        <Link to={editorPaths.rubrics}>Rubrics</Link> /{' '}
        <Link to={editorPaths.pack(pack.id, pack.version)}>
          {pack.title} (version {pack.version})
        </Link>{' '}
        / edit
      </p>
      <h1 id="edit-title">Edit {pack.title}</h1>
      <PackForm
        defaultValues={fromStoredPack(pack)}
        submitLabel={`Save as version ${info.next}`}
        whatIfPackId={pack.id}
        cancelTo={editorPaths.pack(pack.id, pack.version)}
        intro={
          <p className="lede">
            Saving makes version {info.next} of this pack. Version {pack.version} stays exactly as
            it is
            {info.used > 0
              ? `: ${info.used} scorecard${info.used === 1 ? ' uses' : 's use'} it, and their scores keep their meaning.`
              : '.'}
          </p>
        }
        onSave={async (edited) => {
          const saved = await saveNewVersion(db, { ...edited, id: pack.id });
          await navigate(editorPaths.pack(saved.id, saved.version), {
            state: { notice: `Saved as version ${saved.version}.` },
          });
        }}
      />
    </section>
  );
}
