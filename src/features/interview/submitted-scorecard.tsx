import { useId, useState } from 'react';
import { useDatabase } from '../../db/database-provider';
import { reopenScorecard } from '../../db/scorecard-repository';
import type { RubricModule } from '../../domain/rubric-schema';
import type { Scorecard } from '../../domain/scorecard-schema';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { RECOMMENDATION_LABELS } from './scorecard-form';

/** The viewer's own submitted scorecard, read-only; changing it is a deliberate reopen. */
export function SubmittedScorecard({
  module,
  scorecard,
  viewer,
}: {
  module: RubricModule;
  scorecard: Scorecard;
  viewer: string;
}) {
  const db = useDatabase();
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();

  return (
    <section aria-labelledby="submitted-title" className="submitted-scorecard">
      <h2 id="submitted-title">Your scorecard is submitted</h2>
      <p className="muted">
        Submitted {scorecard.submittedAt ? new Date(scorecard.submittedAt).toLocaleString() : ''}.
        It is locked so the panel&apos;s ratings stay independent.
      </p>
      <dl className="own-ratings">
        {module.criteria.map((criterion) => {
          const rating = scorecard.ratings[criterion.id];
          return (
            <div key={criterion.id}>
              <dt>{criterion.title}</dt>
              <dd>
                {rating === undefined || rating.level === null
                  ? 'Not observed'
                  : `Level ${rating.level}`}
                {rating?.evidence && <q className="evidence-quote">{rating.evidence}</q>}
              </dd>
            </div>
          );
        })}
        <div>
          <dt>Recommendation</dt>
          <dd>
            {scorecard.recommendation
              ? RECOMMENDATION_LABELS[scorecard.recommendation]
              : 'None given'}
          </dd>
        </div>
      </dl>
      <button type="button" className="secondary" onClick={() => setReopening(true)}>
        Reopen to change
      </button>
      <ConfirmDialog
        open={reopening}
        title="Reopen your submitted scorecard?"
        confirmLabel="Reopen"
        onCancel={() => setReopening(false)}
        onConfirm={async () => {
          await reopenScorecard(db, scorecard.id, viewer, reason.trim() || 'No reason given');
          setReopening(false);
          setReason('');
        }}
      >
        <p>
          Reopening is recorded in the audit log with your name and the time; when you submit again,
          the log records exactly what you changed.
        </p>
        <label htmlFor={reasonId}>Why are you reopening it?</label>
        <textarea
          id={reasonId}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </ConfirmDialog>
    </section>
  );
}
