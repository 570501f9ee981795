import { z } from 'zod';
import { isoDateTimeSchema, MAX_LIST } from './common-schema';
import { rubricPackSchema } from './rubric-schema';
import { candidateSchema } from './candidate-schema';
import { scorecardSchema } from './scorecard-schema';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './bundle-format';

export { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './bundle-format';

/** The shape of format 1; cross-references are checked separately (bundle-validate.ts). */
export const bundleSchema = z.looseObject({
  format: z.literal(BUNDLE_FORMAT, { message: `must be "${BUNDLE_FORMAT}"` }),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION, { message: `must be ${BUNDLE_FORMAT_VERSION}` }),
  exportedAt: isoDateTimeSchema,
  rubricPacks: z.array(rubricPackSchema).max(10_000),
  candidates: z.array(candidateSchema).max(MAX_LIST),
  scorecards: z.array(scorecardSchema).max(MAX_LIST * 10),
});
export type Bundle = z.infer<typeof bundleSchema>;
