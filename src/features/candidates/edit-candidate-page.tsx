import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import {
  countCandidateData,
  deleteCandidate,
  updateCandidate,
  type CandidateData,
} from '../../db/candidate-repository';
import { usePacks } from '../../db/use-packs';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CandidateForm } from './candidate-form';

export function EditCandidatePage() {
  const db = useDatabase();
  const navigate = useNavigate();
  const candidateId = useParams().candidateId ?? '';
  const packs = usePacks();
  const loaded = useLiveQuery(
    async () => ({
      candidate: (await db.candidates.get(candidateId)) ?? null,
      data: await countCandidateData(db, candidateId),
    }),
    [db, candidateId],
  );
  const [confirming, setConfirming] = useState(false);

  if (packs === undefined || loaded === undefined) return <Loading label="Loading the candidate" />;
  const { candidate, data } = loaded;
  if (!candidate) {
    return (
      <section className="page" aria-labelledby="missing-title">
        <h1 id="missing-title">Candidate not found</h1>
        <p>
          This candidate does not exist, or was deleted.{' '}
          <Link to={paths.candidates}>See all candidates</Link>.
        </p>
      </section>
    );
  }
  const packKey = candidate.packId
    ? `${candidate.packId}@${candidate.packVersion}`
    : (packs[0]?.key ?? '');

  return (
    <section className="page narrow" aria-labelledby="edit-candidate-title">
      <p className="breadcrumb">
        <Link to={paths.candidates}>Candidates</Link> /{' '}
        <Link to={paths.candidate(candidate.id)}>{candidate.name}</Link>
      </p>
      <h1 id="edit-candidate-title">Edit {candidate.name}</h1>
      <CandidateForm
        packs={packs}
        packLocked={data.scorecards > 0}
        submitLabel="Save changes"
        defaultValues={{
          name: candidate.name,
          track: candidate.track === 'self' ? 'full-time' : candidate.track,
          claimedTitle: candidate.claimedTitle ?? '',
          email: candidate.email ?? '',
          notes: candidate.notes ?? '',
          packKey,
          quoteAmount: candidate.quotedPrice ? String(candidate.quotedPrice.amount) : undefined,
          quotePeriod: candidate.quotedPrice?.period,
        }}
        onSubmit={async (values) => {
          await updateCandidate(db, candidate.id, {
            ...values,
            packKey: data.scorecards > 0 ? packKey : values.packKey,
          });
          navigate(paths.candidate(candidate.id));
        }}
      />
      <section aria-labelledby="danger-title" className="danger-zone">
        <h2 id="danger-title">Delete this candidate</h2>
        <p>Deleting erases the candidate and everything recorded about them from this browser.</p>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete {candidate.name}
        </button>
      </section>
      <ConfirmDialog
        open={confirming}
        danger
        title={`Delete ${candidate.name}?`}
        confirmLabel="Delete for good"
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await deleteCandidate(db, candidate.id);
          navigate(paths.candidates);
        }}
      >
        <p>This also deletes, from this browser, with no undo:</p>
        <DeletionList data={data} />
        <p>Copies in exported files are not affected.</p>
      </ConfirmDialog>
    </section>
  );
}

function DeletionList({ data }: { data: CandidateData }) {
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return (
    <ul>
      <li>{plural(data.scorecards, 'scorecard', 'scorecards')} with their ratings and evidence</li>
      <li>{plural(data.sketches, 'live-sketch drawing', 'live-sketch drawings')}</li>
      <li>{plural(data.documents, 'reviewed document', 'reviewed documents')}</li>
      <li>{plural(data.auditEntries, 'audit entry', 'audit entries')}</li>
    </ul>
  );
}
