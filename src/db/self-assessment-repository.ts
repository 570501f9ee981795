import type { ArchkitDatabase } from './database';
import { parseSelfAssessment, type SelfAssessment } from '../domain/self-assessment-schema';

// Kept in meta, never as a candidate: a self-assessment is not hiring data and must not
// appear in lists, cohorts or exported bundles of candidates.
const KEY = 'selfAssessment';

/**
 * The stored self-assessment, or null when there is none or it no longer validates. A stored
 * drawing over today's bounds is left out, never the whole record.
 */
export async function loadSelfAssessment(db: ArchkitDatabase): Promise<SelfAssessment | null> {
  const entry = await db.meta.get(KEY);
  if (!entry) return null;
  return parseSelfAssessment(entry.value)?.assessment ?? null;
}

/**
 * Saves the self-assessment. A drawing too large to keep is not saved, and neither is the
 * rest lost with it: everything else is written, with that module's drawing as it was last
 * saved (if any). Returns the modules whose drawing was not saved; throws only when the rest
 * is invalid too (a programming error) or the browser refuses to store it.
 */
export async function saveSelfAssessment(
  db: ArchkitDatabase,
  assessment: SelfAssessment,
): Promise<{ droppedDrawings: string[] }> {
  const parsed = parseSelfAssessment(assessment);
  if (!parsed) throw new Error('This self-assessment is not valid, so it was not saved.');
  const { droppedDrawings } = parsed;
  return db.transaction('rw', db.meta, async () => {
    let value = parsed.assessment;
    if (droppedDrawings.length > 0) {
      const stored = parseSelfAssessment((await db.meta.get(KEY))?.value)?.assessment;
      let drawings = value.sketchDrawings;
      for (const moduleId of droppedDrawings) {
        const previous = stored?.sketchDrawings?.[moduleId];
        if (previous) drawings = { ...drawings, [moduleId]: previous };
      }
      value = { ...value, sketchDrawings: drawings };
    }
    await db.meta.put({ key: KEY, value, updatedAt: value.updatedAt });
    return { droppedDrawings };
  });
}

export async function clearSelfAssessment(db: ArchkitDatabase): Promise<void> {
  await db.meta.delete(KEY);
}
