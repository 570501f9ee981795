import { useDatabase } from '../../db/database-provider';
import { setAudience } from '../../db/preferences-repository';

/** Lets the person go back to the first-run choice. */
export function ChangeAudience() {
  const db = useDatabase();
  return (
    <p className="muted">
      Came for something else?{' '}
      <button type="button" className="secondary" onClick={() => void setAudience(db, null)}>
        Change what you came to do
      </button>
    </p>
  );
}
