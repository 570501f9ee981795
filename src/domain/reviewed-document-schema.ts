import { z } from 'zod';
import { idSchema, shortTextSchema } from './common-schema';

export const MAX_REVIEWED_DOCUMENTS = 50;
/** About 300 pages of text: the bound on a kept document. */
export const MAX_DOCUMENT_TEXT = 2_000_000;

export const ELEMENT_STATUSES = ['present', 'partial', 'absent'] as const;

/**
 * One document the interviewer reviewed: the analysis always, the text only when the
 * interviewer chose to keep it (it is the candidate's work).
 */
export const reviewedDocumentSchema = z.looseObject({
  // Only the name is required: a bundle written by another tool may carry less.
  id: idSchema.optional(),
  name: shortTextSchema,
  kind: z.string().max(100).optional(),
  wordCount: z.int().min(0).optional(),
  /** Element id → present, partial or absent. */
  elements: z.record(z.string().min(1).max(200), z.enum(ELEMENT_STATUSES)).optional(),
  gaps: z.array(shortTextSchema).max(200).optional(),
  /** What the rating suggestions need beyond the elements. */
  aiSignals: z.looseObject({ namesModel: z.boolean(), mentionsInjection: z.boolean() }).optional(),
  text: z.string().max(MAX_DOCUMENT_TEXT).optional(),
});
export type ReviewedDocument = z.infer<typeof reviewedDocumentSchema>;

export const reviewedDocumentsSchema = z.array(reviewedDocumentSchema).max(MAX_REVIEWED_DOCUMENTS);
