import { Link, useLocation } from 'react-router';
import { usePacks } from '../../db/use-packs';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';
import { Notice } from './notice';
import { PackLibraryActions } from './pack-library-actions';

export function RubricsPage() {
  const packs = usePacks();
  const location = useLocation();
  return (
    <section className="page" aria-labelledby="rubrics-title">
      <h1 id="rubrics-title">Rubrics</h1>
      <p className="lede">
        A rubric pack is the interview kit: four interview modules, the prompts to ask, and for
        every criterion four anchored levels, from the mislabeled engineer&apos;s answer (level 1)
        to the architect&apos;s (level 4).
      </p>
      <Notice state={location.state} />
      <PackLibraryActions />
      {packs === undefined ? (
        <Loading label="Loading rubric packs" />
      ) : packs.length === 0 ? (
        <p>
          No rubric pack is stored. Restore the default pack, import a pack file or start a new
          pack.
        </p>
      ) : (
        <ul className="card-list">
          {packs.map((pack) => (
            <li key={pack.key} className="card">
              <h2>
                <Link to={paths.rubricPack(pack.id, pack.version)}>
                  {pack.title} <span className="muted">(version {pack.version})</span>
                </Link>
              </h2>
              {pack.description && <p>{pack.description}</p>}
              <ol className="compact-list" aria-label={`Modules of ${pack.title}`}>
                {pack.modules.map((module) => (
                  <li key={module.id}>
                    {module.title} <span className="muted">({module.timeBudgetMinutes} min)</span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
