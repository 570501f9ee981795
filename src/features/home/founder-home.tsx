import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { COST_SOURCE_NOTE, DELIVERABLES, ENGAGEMENT_MODELS } from '../../domain/engagement';
import type { RubricPack } from '../../domain/rubric-schema';
import { paths } from '../../ui/paths';
import { InterviewGuideSection } from './interview-guide-section';
import { ChangeAudience } from './change-audience';

export function FounderHome({ kit }: { kit: RubricPack | undefined }) {
  const db = useDatabase();
  const consultants = useLiveQuery(
    () => db.candidates.where('track').anyOf('fractional', 'project').sortBy('name'),
    [db],
  );
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">Vet a consultant</h1>
      <p className="lede">
        A fractional or project architect is judged by what they hand over. Interview them, review
        the documents they send, and compare their quote with the usual range.
      </p>
      <p>
        <Link className="button" to={`${paths.newCandidate}?track=fractional`}>
          Add a consultant
        </Link>
      </p>
      {consultants && consultants.length > 0 && (
        <>
          <h2>Your consultants</h2>
          <ul>
            {consultants.map((c) => (
              <li key={c.id}>
                <Link to={paths.candidate(c.id)}>{c.name}</Link> (
                <Link to={paths.report(c.id)}>engagement report</Link>)
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 id="deliverables-title">What the engagement must deliver</h2>
      <p>Ask for each of these, in writing; check them off as the consultant shows them.</p>
      <ul className="deliverables-checklist" aria-labelledby="deliverables-title">
        {DELIVERABLES.map((d) => (
          <li key={d.id}>
            <label>
              <input type="checkbox" /> <strong>{d.title}</strong>: {d.contains}
            </label>
          </li>
        ))}
      </ul>
      <h2>What it usually costs</h2>
      <ul>
        {Object.values(ENGAGEMENT_MODELS).map((m) => (
          <li key={m.id}>
            <strong>{m.title}</strong>: {m.costText} ({m.bestFor.toLowerCase()})
          </li>
        ))}
      </ul>
      <p className="muted">{COST_SOURCE_NOTE}</p>
      <InterviewGuideSection kit={kit} />
      <ChangeAudience />
    </section>
  );
}
