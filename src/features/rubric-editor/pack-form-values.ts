import type { z } from 'zod';
import type { rubricPackSchema, TrackWeights } from '../../domain/rubric-schema';

// The pack schema's objects are loose (`[key: string]: unknown`), which makes every form path
// typeless; the form types the known fields only. Unknown fields still travel with the values.
type KnownFields<T> = T extends readonly (infer U)[]
  ? KnownFields<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: KnownFields<T[K]> }
    : T;

/** The form edits the pack itself, so the pack schema validates it field by field. */
export type PackFormValues = Omit<KnownFields<z.input<typeof rubricPackSchema>>, 'trackWeights'> & {
  trackWeights?: TrackWeights;
};
