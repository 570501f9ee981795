import { z } from 'zod';
import { HIRING_TRACKS } from './candidate-labels';

export { HIRING_TRACKS, QUOTE_PERIOD_LABELS, TRACK_LABELS } from './candidate-labels';

/** What a person types into the candidate form; the same schema validates it on save. */
export const candidateFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the candidate’s name')
    .max(300, 'Keep the name under 300 characters'),
  track: z.enum(HIRING_TRACKS, { message: 'Choose how you would engage this person' }),
  claimedTitle: z.string().trim().max(300, 'Keep the title under 300 characters'),
  email: z
    .string()
    .trim()
    .max(320)
    .refine(
      (value) => value === '' || z.email().safeParse(value).success,
      'Enter an email address like name@example.com, or leave it empty',
    ),
  notes: z.string().max(20_000, 'Keep the notes under 20,000 characters'),
  packKey: z.string().min(1, 'Choose the rubric pack to interview with'),
});
export type CandidateFormValues = z.infer<typeof candidateFormSchema>;

/** How a consultant's quote is expressed. */
export { QUOTE_PERIODS, quotedPriceSchema, type QuotedPrice } from './candidate-schema';
import { QUOTE_PERIODS } from './candidate-schema';

/** "$9,000", "9000" or "9 000.50" to a number; null when it is not a positive amount. */
export function parseQuoteAmount(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value > 0 && value <= 100_000_000 ? value : null;
}

/** The optional quote fields of the form; absent when the form does not show them. */
export const quoteFormFields = z.object({
  quoteAmount: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || parseQuoteAmount(value) !== null,
      'Enter the quoted price as a number of dollars, like 9000, or leave it empty',
    )
    .optional(),
  quotePeriod: z.enum(QUOTE_PERIODS).optional(),
});

/** The form schema with the quote fields, used by the candidate form. */
export const candidateFormWithQuoteSchema = candidateFormSchema.extend(quoteFormFields.shape);
export type CandidateFormWithQuote = z.infer<typeof candidateFormWithQuoteSchema>;
