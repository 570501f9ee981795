import { useState } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { loadSampleCandidates } from '../../db/load-sample-candidates';
import type { RubricPack } from '../../domain/rubric-schema';
import { paths } from '../../ui/paths';
import { ModuleList } from './module-list';
import { InterviewGuideSection } from './interview-guide-section';
import { ChangeAudience } from './change-audience';

function LoadSamples() {
  const db = useDatabase();
  const [message, setMessage] = useState('');
  async function load() {
    setMessage(await loadSampleCandidates(db));
  }
  return (
    <>
      <button type="button" className="secondary" onClick={() => void load()}>
        Load sample candidates
      </button>{' '}
      <span role="status" className="muted">
        {message}
      </span>
    </>
  );
}

export function HiringHome({ kit }: { kit: RubricPack | undefined }) {
  const db = useDatabase();
  const count = useLiveQuery(() => db.candidates.where('track').notEqual('self').count(), [db]);
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">Score interviews</h1>
      <p className="lede">
        Add a candidate, run the four interviews, and read a report that says whether they are an
        architect, with the evidence.
      </p>
      <p>
        {count === undefined ? null : count === 0 ? (
          'No candidates yet.'
        ) : (
          <Link to={paths.candidates}>
            {count} {count === 1 ? 'candidate' : 'candidates'}
          </Link>
        )}
      </p>
      <p>
        <Link className="button" to={paths.newCandidate}>
          Add a candidate
        </Link>{' '}
        <LoadSamples />
      </p>
      <h2>The four interviews</h2>
      <ModuleList kit={kit} />
      <InterviewGuideSection kit={kit} />
      <ChangeAudience />
    </section>
  );
}
