import { useLiveQuery } from 'dexie-react-hooks';
import type { ArchkitDatabase } from './database';
import { useDatabase } from './database-provider';

const CURRENT_INTERVIEWER = 'currentInterviewer';

/** Who is interviewing on this device, remembered across reloads. */
export async function getCurrentInterviewer(db: ArchkitDatabase): Promise<string | null> {
  const entry = await db.meta.get(CURRENT_INTERVIEWER);
  return typeof entry?.value === 'string' && entry.value.trim() ? entry.value : null;
}

export async function setCurrentInterviewer(db: ArchkitDatabase, name: string): Promise<void> {
  await db.meta.put({
    key: CURRENT_INTERVIEWER,
    value: name.trim(),
    updatedAt: new Date().toISOString(),
  });
}

/** `undefined` while loading, `null` when nobody has said who they are yet. */
export function useCurrentInterviewer(): string | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getCurrentInterviewer(db), [db]);
}
