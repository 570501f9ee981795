import { z } from 'zod';
import { idSchema, isoDateTimeSchema, longTextSchema, MAX_ID_LENGTH } from './common-schema';
import { LEVELS } from './scorecard-schema';
import { sketchDrawingSchema, type SketchDrawing } from './sketch-schema';

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
 * keyed by `moduleId#promptIndex` (see answerKey), ratings by criterion id, sketch notes,
 * practice drawings and the scenario practised by module id. The drawings and scenarios came
 * later, so older records have none.
 */
export const selfAssessmentSchema = z.object({
  packId: idSchema,
  packVersion: z.int().min(1),
  answers: z.record(key, longTextSchema),
  ratings: z.record(key, selfRatingSchema),
  sketchNotes: z.record(key, longTextSchema),
  sketchDrawings: z.record(key, sketchDrawingSchema).optional(),
  sketchScenarios: z.record(key, idSchema).optional(),
  updatedAt: isoDateTimeSchema,
});
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;

// The same record, each drawing still unchecked: so one drawing can be judged on its own.
const withUncheckedDrawings = selfAssessmentSchema.extend({
  sketchDrawings: z.record(key, z.unknown()).optional(),
});

export type ParsedSelfAssessment = {
  assessment: SelfAssessment;
  /** Modules whose drawing was left out: over the bounds of `sketchDrawingSchema`. */
  droppedDrawings: string[];
};

/**
 * Validates a self-assessment; a drawing that does not (too many shapes, too big a picture)
 * is left out rather than costing the answers, ratings and notes beside it. Null when
 * anything else is invalid.
 */
export function parseSelfAssessment(value: unknown): ParsedSelfAssessment | null {
  const whole = selfAssessmentSchema.safeParse(value);
  if (whole.success) return { assessment: whole.data, droppedDrawings: [] };
  const rest = withUncheckedDrawings.safeParse(value);
  if (!rest.success) return null;
  const kept: [string, SketchDrawing][] = [];
  const droppedDrawings: string[] = [];
  for (const [moduleId, drawing] of Object.entries(rest.data.sketchDrawings ?? {})) {
    const parsed = sketchDrawingSchema.safeParse(drawing);
    if (parsed.success) kept.push([moduleId, parsed.data]);
    else droppedDrawings.push(moduleId);
  }
  const sketchDrawings = Object.fromEntries(kept);
  return { assessment: { ...rest.data, sketchDrawings }, droppedDrawings };
}

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
