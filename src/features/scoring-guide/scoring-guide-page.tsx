import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useLatestPacks, usePacks } from '../../db/use-packs';
import { Loading } from '../../ui/loading';
import { PolicyExplanation } from './policy-explanation';

export function ScoringGuidePage() {
  const packs = usePacks();
  const latest = useLatestPacks();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectId = useId();

  if (packs === undefined || latest === undefined)
    return <Loading label="Loading the rubric packs" />;
  const fallback = latest.find((pack) => pack.source === 'shipped') ?? latest[0];
  const pack = packs.find((candidate) => candidate.key === searchParams.get('pack')) ?? fallback;

  return (
    <section className="page" aria-labelledby="scoring-guide-title">
      <h1 id="scoring-guide-title">How scoring works</h1>
      <p className="lede">
        Interviewers rate; Archkit computes. Each interviewer scores on their own, against the same
        anchored levels, and the verdict follows mechanically from the submitted scorecards and the
        rules below, with the numbers of the chosen rubric pack.
      </p>
      {packs.length > 1 && pack && (
        <p>
          <label htmlFor={selectId}>Rubric pack</label>{' '}
          <select
            id={selectId}
            value={pack.key}
            onChange={(event) => setSearchParams({ pack: event.target.value }, { replace: true })}
          >
            {packs.map((option) => (
              <option key={option.key} value={option.key}>
                {option.title} (version {option.version})
              </option>
            ))}
          </select>
        </p>
      )}
      {pack ? <PolicyExplanation pack={pack} /> : <p>No rubric pack is stored yet.</p>}
    </section>
  );
}
