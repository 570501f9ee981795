import { useId, useState, type FormEvent } from 'react';
import { useDatabase } from '../../db/database-provider';
import { setCurrentInterviewer } from '../../db/session-repository';

/** Asks who is interviewing; remembered on this device so a panel member says it once. */
export function InterviewerIdentity({ current }: { current: string | null }) {
  const db = useDatabase();
  const inputId = useId();
  const errorId = useId();
  // Not "editing" when no one is named yet: the form shows anyway. Deriving it from the first
  // `current` seen would keep the form up when the name arrives later (a remount mid-save).
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(current ?? '');
  const [error, setError] = useState('');

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError('Enter your name, as the panel knows you.');
    await setCurrentInterviewer(db, name);
    setError('');
    setEditing(false);
  }

  if (!editing && current) {
    return (
      <p className="identity">
        Scoring as <strong>{current}</strong>{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setName(current);
            setEditing(true);
          }}
        >
          Not you? Change
        </button>
      </p>
    );
  }
  return (
    <form className="identity-form" onSubmit={save} noValidate>
      <label htmlFor={inputId}>Who is interviewing?</label>{' '}
      <input
        id={inputId}
        value={name}
        autoComplete="name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setName(event.target.value)}
      />{' '}
      <button type="submit">Save my name</button>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
