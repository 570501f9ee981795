import { z } from 'zod';
import { idSchema, isoDateTimeSchema, longTextSchema, trackSchema } from './common-schema';

export const QUOTE_PERIODS = ['month', 'fixed', 'year'] as const;

/** The price a consultant quoted, in US dollars per period (an Archkit extension, optional). */
export const quotedPriceSchema = z.object({
  amount: z.number().positive().max(100_000_000),
  period: z.enum(QUOTE_PERIODS),
});
export type QuotedPrice = z.infer<typeof quotedPriceSchema>;

export const candidateSchema = z.looseObject({
  id: idSchema,
  name: z.string().trim().min(1, 'must not be empty').max(300),
  track: trackSchema,
  claimedTitle: z.string().max(300).optional(),
  email: z.string().max(320).optional(),
  notes: longTextSchema.optional(),
  createdAt: isoDateTimeSchema,
  /** Archkit keeps this on every record so merges can pick the newer one; optional in format 1. */
  updatedAt: isoDateTimeSchema.optional(),
  /** The pack version this candidate is interviewed with (an Archkit extension, optional). */
  packId: idSchema.optional(),
  packVersion: z.int().min(1).optional(),
  quotedPrice: quotedPriceSchema.optional(),
});
export type Candidate = z.infer<typeof candidateSchema>;
