import { Link } from 'react-router';
import { useLatestPacks } from '../../db/use-packs';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';

export function HomePage() {
  const packs = useLatestPacks();
  const kit = packs?.find((pack) => pack.source === 'shipped') ?? packs?.[0];
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">Is this person a real AI systems architect?</h1>
      <p className="lede">
        Archkit runs four structured interviews, scores them against anchored rubrics and writes a
        hiring report that separates architects from senior engineers with the wrong title, with the
        evidence behind each verdict.
      </p>
      <ul className="choices">
        <li>
          <Link className="choice" to={paths.candidates}>
            <strong>Score interviews</strong>
            <span>Hiring managers and panels: add a candidate and score each module.</span>
          </Link>
        </li>
        <li>
          <Link className="choice" to={paths.candidates}>
            <strong>Vet a consultant</strong>
            <span>Founders: check a fractional or project architect against the deliverables.</span>
          </Link>
        </li>
        <li>
          <Link className="choice" to={paths.selfAssessment}>
            <strong>Prepare for an interview</strong>
            <span>Candidates: rate yourself against the same levels, privately.</span>
          </Link>
        </li>
      </ul>
      <h2>The four interviews</h2>
      {kit === undefined ? (
        <Loading label="Loading the interview kit" />
      ) : (
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
      )}
      <p className="muted">Everything you enter is stored only in this browser.</p>
    </section>
  );
}
