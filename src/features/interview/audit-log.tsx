import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { listAuditOfCandidate } from '../../db/scorecard-repository';

const ACTIONS: Record<string, string> = {
  submitted: 'submitted a scorecard',
  reopened: 'reopened a submitted scorecard',
  resubmitted: 'resubmitted a reopened scorecard',
};

function describeChanges(after: unknown): string {
  if (Array.isArray(after)) {
    return after
      .map((change: { field?: string; before?: unknown; after?: unknown }) =>
        change.field?.endsWith('.level')
          ? `${change.field.split('.')[1]}: ${String(change.before)} → ${String(change.after)}`
          : change.field,
      )
      .join('; ');
  }
  if (after && typeof after === 'object' && 'reason' in after)
    return `reason: ${String((after as { reason: unknown }).reason)}`;
  return '';
}

/** Who changed what and when: every submit, reopen and resubmission of this candidate's scores. */
export function AuditLog({ candidateId }: { candidateId: string }) {
  const db = useDatabase();
  const entries = useLiveQuery(() => listAuditOfCandidate(db, candidateId), [db, candidateId]);
  if (!entries || entries.length === 0) return null;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <ol className="audit-log">
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time> —{' '}
            <strong>{entry.actor}</strong> {ACTIONS[entry.action] ?? entry.action}
            {describeChanges(entry.after) && (
              <span className="muted"> ({describeChanges(entry.after)})</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
