import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { usePack } from '../../db/use-packs';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';
import { ModuleDetail } from './module-detail';
import { PackActions } from './pack-actions';
import { Notice } from './notice';

export function PackPage() {
  const params = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const packId = params.packId ?? '';
  const version = Number(params.version);
  const pack = usePack(packId, version);

  if (pack === undefined) return <Loading label="Loading the rubric pack" />;
  if (pack === null) {
    return (
      <section className="page" aria-labelledby="pack-missing-title">
        <h1 id="pack-missing-title">Rubric pack not found</h1>
        <p>
          There is no pack &ldquo;{packId}&rdquo; version {params.version} in this browser.{' '}
          <Link to={paths.rubrics}>See the stored packs</Link>.
        </p>
      </section>
    );
  }

  const selectedId = searchParams.get('module');
  const selected = pack.modules.find((module) => module.id === selectedId) ?? pack.modules[0]!;
  const policy = pack.verdictPolicy;

  return (
    <section className="page" aria-labelledby="pack-title">
      <p className="breadcrumb">
        <Link to={paths.rubrics}>Rubrics</Link> / version {pack.version}
      </p>
      <h1 id="pack-title">{pack.title}</h1>
      <Notice state={location.state} />
      <PackActions pack={pack} />
      {pack.description && <p className="lede">{pack.description}</p>}
      <p className="muted">
        Architect from {policy.architectMin} on the architecture axis with at least{' '}
        {policy.engineeringMin} on engineering; below {policy.mislabeledArchitectureMax} on
        architecture is not an architect. <Link to={paths.scoringGuide}>How scoring works</Link>
      </p>
      <nav aria-label="Modules of this pack" className="module-nav">
        <ol>
          {pack.modules.map((module) => (
            <li key={module.id}>
              <Link
                to={`?module=${encodeURIComponent(module.id)}`}
                aria-current={module.id === selected.id ? 'page' : undefined}
                replace
              >
                {module.title}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <ModuleDetail module={selected} />
    </section>
  );
}
