import { Link, useNavigate } from 'react-router';
import { useDatabase } from '../../db/database-provider';
import { createCandidate } from '../../db/candidate-repository';
import { useLatestPacks } from '../../db/use-packs';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';
import { CandidateForm } from './candidate-form';

export function NewCandidatePage() {
  const db = useDatabase();
  const navigate = useNavigate();
  const packs = useLatestPacks();
  // On a first visit the default pack is still being stored: wait for it rather than offer
  // a form with no pack to choose.
  if (packs === undefined || packs.length === 0)
    return <Loading label="Loading the rubric packs" />;
  const defaultPack = packs.find((pack) => pack.source === 'shipped') ?? packs[0];

  return (
    <section className="page narrow" aria-labelledby="new-candidate-title">
      <p className="breadcrumb">
        <Link to={paths.candidates}>Candidates</Link>
      </p>
      <h1 id="new-candidate-title">Add a candidate</h1>
      <CandidateForm
        packs={packs}
        packLocked={false}
        submitLabel="Add candidate"
        defaultValues={{
          name: '',
          track: 'full-time',
          claimedTitle: '',
          email: '',
          notes: '',
          packKey: defaultPack?.key ?? '',
        }}
        onSubmit={async (values) => {
          const id = await createCandidate(db, values);
          navigate(paths.candidate(id));
        }}
      />
    </section>
  );
}
