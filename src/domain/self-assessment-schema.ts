import { z } from 'zod';
import { idSchema, isoDateTimeSchema, longTextSchema, MAX_ID_LENGTH } from './common-schema';
import { LEVELS } from './scorecard-schema';
import { sketchDrawingSchema } from './sketch-schema';

const key = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH * 2);

export const selfRatingSchema = z.object({
  level: z.union([z.literal(LEVELS), z.null()]),
  note: longTextSchema,
});
export type SelfRating = z.infer<typeof selfRatingSchema>;

/**
 * A candidate's private preparation, kept apart from hiring data (in db.meta). Answers are
 * keyed by `moduleId#promptIndex` (see answerKey), ratings by criterion id, sketch notes and
 * practice drawings by module id. The drawings came later, so older records have none.
 */
export const selfAssessmentSchema = z.object({
  packId: idSchema,
  packVersion: z.int().min(1),
  answers: z.record(key, longTextSchema),
  ratings: z.record(key, selfRatingSchema),
  sketchNotes: z.record(key, longTextSchema),
  sketchDrawings: z.record(key, sketchDrawingSchema).optional(),
  updatedAt: isoDateTimeSchema,
});
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;

export function answerKey(moduleId: string, promptIndex: number): string {
  return `${moduleId}#${promptIndex}`;
}

export function emptySelfAssessment(
  pack: { id: string; version: number },
  now = new Date().toISOString(),
): SelfAssessment {
  return {
    packId: pack.id,
    packVersion: pack.version,
    answers: {},
    ratings: {},
    sketchNotes: {},
    updatedAt: now,
  };
}
