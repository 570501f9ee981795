import type { ArchkitDatabase } from './database';
import { selfAssessmentSchema, type SelfAssessment } from '../domain/self-assessment-schema';

// Kept in meta, never as a candidate: a self-assessment is not hiring data and must not
// appear in lists, cohorts or exported bundles of candidates.
const KEY = 'selfAssessment';

/** The stored self-assessment, or null when there is none or it no longer validates. */
export async function loadSelfAssessment(db: ArchkitDatabase): Promise<SelfAssessment | null> {
  const entry = await db.meta.get(KEY);
  if (!entry) return null;
  const parsed = selfAssessmentSchema.safeParse(entry.value);
  return parsed.success ? parsed.data : null;
}

export async function saveSelfAssessment(
  db: ArchkitDatabase,
  assessment: SelfAssessment,
): Promise<void> {
  const value = selfAssessmentSchema.parse(assessment);
  await db.meta.put({ key: KEY, value, updatedAt: value.updatedAt });
}

export async function clearSelfAssessment(db: ArchkitDatabase): Promise<void> {
  await db.meta.delete(KEY);
}
