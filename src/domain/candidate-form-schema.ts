import { z } from 'zod';

export const HIRING_TRACKS = ['full-time', 'fractional', 'project'] as const;

export const TRACK_LABELS = {
  'full-time': 'Full-time hire',
  fractional: 'Fractional consultant (retainer)',
  project: 'Project engagement (fixed deliverable)',
  self: 'Self-assessment',
} as const;

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
