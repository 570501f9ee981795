import type { QUOTE_PERIODS } from './candidate-schema';

// Words for the candidate fields, apart from their zod schemas: a screen that only shows a
// candidate (the report) then loads no zod.

export const HIRING_TRACKS = ['full-time', 'fractional', 'project'] as const;

export const TRACK_LABELS = {
  'full-time': 'Full-time hire',
  fractional: 'Fractional consultant (retainer)',
  project: 'Project engagement (fixed deliverable)',
  self: 'Self-assessment',
} as const;

export const QUOTE_PERIOD_LABELS: Record<(typeof QUOTE_PERIODS)[number], string> = {
  month: 'per month',
  fixed: 'fixed price',
  year: 'per year',
};
