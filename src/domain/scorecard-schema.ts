import { z } from 'zod';
import { idSchema, isoDateTimeSchema, longTextSchema, MAX_ID_LENGTH } from './common-schema';
import { reviewedDocumentsSchema } from './reviewed-document-schema';
import { sketchSchema } from './sketch-schema';

export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export const RECOMMENDATIONS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const SCORECARD_STATUSES = ['draft', 'submitted'] as const;

export const ratingSchema = z.looseObject({
  // One literal with null among its values, not a union: a year of hiring checks 720,000.
  level: z.literal([...LEVELS, null], { message: 'must be 1, 2, 3, 4 or null' }),
  evidence: longTextSchema,
});
export type Rating = z.infer<typeof ratingSchema>;

export const scorecardSchema = z.looseObject({
  id: idSchema,
  candidateId: idSchema,
  interviewer: z.string().trim().min(1, 'must name the interviewer').max(200),
  packId: idSchema,
  packVersion: z.int().min(1),
  moduleId: idSchema,
  status: z.enum(SCORECARD_STATUSES),
  ratings: z.record(z.string().min(1).max(MAX_ID_LENGTH), ratingSchema),
  flags: z.array(idSchema).max(200),
  recommendation: z.enum(RECOMMENDATIONS).nullable(),
  notes: longTextSchema,
  updatedAt: isoDateTimeSchema,
  submittedAt: isoDateTimeSchema.optional(),
  // Archkit extensions (extra fields in the bundle contract): the live-sketch canvas and
  // capture, and the documents reviewed in the doc-review module.
  sketch: sketchSchema.optional(),
  documents: reviewedDocumentsSchema.optional(),
});
export type Scorecard = z.infer<typeof scorecardSchema>;
