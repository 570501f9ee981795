import { Link } from 'react-router';
import type { RubricPack } from '../../domain/rubric-schema';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';

/** The modules of the kit, each linked to its rubric. */
export function ModuleList({ kit }: { kit: RubricPack | undefined }) {
  if (kit === undefined) return <Loading label="Loading the interview kit" />;
  return (
    <ol className="card-list">
      {kit.modules.map((module) => (
        <li key={module.id} className="card">
          <h3>
            <Link
              to={`${paths.rubricPack(kit.id, kit.version)}?module=${encodeURIComponent(module.id)}`}
            >
              {module.title}
            </Link>
          </h3>
          <p className="muted">About {module.timeBudgetMinutes} minutes</p>
          {module.purpose && <p>{module.purpose}</p>}
        </li>
      ))}
    </ol>
  );
}
