import { useId, useMemo, useState, type FormEvent } from 'react';
import { useDatabase } from '../../db/database-provider';
import { eraseCandidates, setRetentionDays, useRetention } from '../../db/retention';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../db/retention-policy';
import { ConfirmDialog } from '../../ui/confirm-dialog';

const dateOnly = (iso: string) => new Date(iso).toLocaleDateString();

/**
 * Personal data is kept no longer than needed: a period after the decision, a preview of who
 * it would erase, and an explicit "Erase now". Nothing is erased without that confirmation.
 */
export function RetentionSection() {
  const db = useDatabase();
  const id = useId();
  // One clock per visit to Settings, so the preview does not shift while it is read.
  const now = useMemo(() => new Date(), []);
  const retention = useRetention(db, now);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);

  const days = retention?.days ?? null;
  const due = retention?.due ?? [];
  const value = draft ?? (days === null ? '' : String(days));

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    const text = value.trim();
    const next = text === '' ? null : Number(text);
    if (
      next !== null &&
      (!Number.isInteger(next) || next < MIN_RETENTION_DAYS || next > MAX_RETENTION_DAYS)
    ) {
      setProblem(
        `Enter a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}, or leave it empty to keep candidates until you erase them.`,
      );
      return;
    }
    setProblem('');
    await setRetentionDays(db, next);
    setDraft(null);
    setMessage(
      next === null
        ? 'Retention is off: candidates are kept until you erase them.'
        : `Saved: candidates are due for erasure ${next} days after the decision.`,
    );
  }

  async function erase() {
    setConfirming(false);
    const count = due.length;
    await eraseCandidates(
      db,
      due.map((candidate) => candidate.id),
    );
    setMessage(
      `Erased ${count} ${count === 1 ? 'candidate' : 'candidates'} and everything about them.`,
    );
  }

  return (
    <section aria-labelledby="retention-title" className="settings-section">
      <h2 id="retention-title">Keeping personal data</h2>
      <p>
        Erase candidates a set number of days after the decision (the last submitted scorecard).
        Archkit shows who is due first and erases only when you confirm: their scorecards, sketches,
        documents and audit entries go with them. Candidates still being interviewed are never due.
      </p>
      <form className="retention-form" onSubmit={save} aria-label="Retention period">
        <label htmlFor={`${id}-days`}>Erase candidates this many days after the decision</label>
        <input
          id={`${id}-days`}
          type="number"
          inputMode="numeric"
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          placeholder="Off"
          value={value}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="secondary">
          Save retention period
        </button>
      </form>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      {days !== null && (
        <div className="purge-preview">
          {due.length === 0 ? (
            <p>No candidate is past the retention period of {days} days.</p>
          ) : (
            <>
              <p>
                <strong>
                  {due.length} {due.length === 1 ? 'candidate was' : 'candidates were'} decided more
                  than {days} days ago and would be erased:
                </strong>
              </p>
              <ul className="purge-list" aria-label="Candidates due for erasure">
                {due.map((candidate) => (
                  <li key={candidate.id}>
                    {candidate.name} (decided {dateOnly(candidate.decidedAt)})
                  </li>
                ))}
              </ul>
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                Erase now
              </button>
            </>
          )}
        </div>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
      <ConfirmDialog
        open={confirming}
        danger
        title={`Erase ${due.length} ${due.length === 1 ? 'candidate' : 'candidates'} for good?`}
        confirmLabel="Erase for good"
        onCancel={() => setConfirming(false)}
        onConfirm={() => void erase()}
      >
        <p>
          This erases from this browser, with no undo, {due.map((c) => c.name).join(', ')} and their
          scorecards, sketches, documents and audit entries. Backups you exported earlier still hold
          them: delete those files too if they must be gone everywhere.
        </p>
      </ConfirmDialog>
    </section>
  );
}
