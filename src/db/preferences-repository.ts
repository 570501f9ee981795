import { useLiveQuery } from 'dexie-react-hooks';
import type { ArchkitDatabase } from './database';

/** What the person came to do, asked on the first visit; the home screen is made for it. */
export const AUDIENCES = ['hiring', 'founder', 'candidate'] as const;
export type Audience = (typeof AUDIENCES)[number];

const AUDIENCE_KEY = 'audience';

function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}

export async function getAudience(db: ArchkitDatabase): Promise<Audience | null> {
  const entry = await db.meta.get(AUDIENCE_KEY);
  return isAudience(entry?.value) ? entry.value : null;
}

export async function setAudience(
  db: ArchkitDatabase,
  audience: Audience | null,
  now = new Date().toISOString(),
): Promise<void> {
  if (audience === null) await db.meta.delete(AUDIENCE_KEY);
  else await db.meta.put({ key: AUDIENCE_KEY, value: audience, updatedAt: now });
}

/** undefined while loading, null before the first choice. */
export function useAudience(db: ArchkitDatabase): Audience | null | undefined {
  return useLiveQuery(() => getAudience(db), [db]);
}
