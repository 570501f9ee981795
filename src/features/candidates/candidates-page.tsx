import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useDatabase } from '../../db/database-provider';
import { loadSampleCandidates } from '../../db/load-sample-candidates';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';
import { CandidateTable } from './candidate-table';
import { useCandidateSummaries } from './use-candidate-summaries';

/** `onRowsShown` is called once the list (or its empty state) is on screen, not while it loads. */
export function CandidatesPage({ onRowsShown }: { onRowsShown?: () => void }) {
  const rows = useCandidateSummaries();
  const shown = rows !== undefined;
  useEffect(() => {
    if (shown) onRowsShown?.();
  }, [shown, onRowsShown]);
  return (
    <section className="page" aria-labelledby="candidates-title">
      <div className="page-heading">
        <h1 id="candidates-title">Candidates</h1>
        <Link className="button" to={paths.newCandidate}>
          Add a candidate
        </Link>
      </div>
      {rows === undefined ? (
        <Loading label="Loading candidates" />
      ) : rows.length === 0 ? (
        <EmptyState />
      ) : (
        <CandidateTable rows={rows} />
      )}
    </section>
  );
}

function EmptyState() {
  return (
    <div className="empty-state">
      <h2>No candidates yet</h2>
      <ol>
        <li>
          <strong>Add a candidate</strong>: their name, the title they claim, and whether you are
          hiring full-time or engaging a fractional or project consultant.
        </li>
        <li>
          <strong>Run the four interviews</strong> from the candidate&apos;s page. Each interviewer
          scores on their own; the rubric shows what each level sounds like.
        </li>
        <li>
          <strong>Read the report</strong>: the verdict, the reasons and the evidence, with the
          disagreements to settle in the debrief.
        </li>
      </ol>
      <p>
        <Link className="button" to={paths.newCandidate}>
          Add a candidate
        </Link>{' '}
        <LoadSamplesButton />
      </p>
    </div>
  );
}

export function LoadSamplesButton() {
  const db = useDatabase();
  const [message, setMessage] = useState('');
  async function load() {
    setMessage(await loadSampleCandidates(db));
  }
  return (
    <>
      <button type="button" className="secondary" onClick={() => void load()}>
        Load sample candidates
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </>
  );
}
