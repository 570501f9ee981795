import { z } from 'zod';
import {
  idSchema,
  longTextSchema,
  shortTextSchema,
  trackSchema,
  MAX_SHORT_TEXT,
} from './common-schema';

export const MODULE_KINDS = [
  'failure-mode',
  'live-sketch',
  'doc-review',
  'cost-observability',
  'custom',
] as const;
export const moduleKindSchema = z.enum(MODULE_KINDS);
export type ModuleKind = z.infer<typeof moduleKindSchema>;

export const SIGNALS = ['architecture', 'engineering'] as const;
export const signalSchema = z.enum(SIGNALS);
export type Signal = z.infer<typeof signalSchema>;

export const FLAG_EFFECTS = ['gate', 'warn'] as const;

const nonEmptyText = z.string().trim().min(1, 'must not be empty').max(MAX_SHORT_TEXT);
const positiveWeight = z.number().positive('must be greater than 0').finite();

export const promptSchema = z.looseObject({
  question: nonEmptyText,
  followUps: z.array(nonEmptyText).max(50).optional(),
  listenFor: z.array(nonEmptyText).max(50).optional(),
});
export type Prompt = z.infer<typeof promptSchema>;

export const criterionSchema = z.looseObject({
  id: idSchema,
  title: nonEmptyText,
  signal: signalSchema,
  weight: positiveWeight,
  levels: z.array(nonEmptyText).length(4, 'must have exactly four anchored levels (1 to 4)'),
  description: shortTextSchema.optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const flagSchema = z.looseObject({
  id: idSchema,
  label: nonEmptyText,
  effect: z.enum(FLAG_EFFECTS),
  /** What the flag means, shown to the interviewer beside it. Not in the bundle contract. */
  description: shortTextSchema.optional(),
});
export type Flag = z.infer<typeof flagSchema>;

/** A live-sketch scenario the interviewer can pick; an Archkit extension, optional. */
export const scenarioSchema = z.looseObject({
  id: idSchema,
  title: nonEmptyText,
  brief: longTextSchema,
  requirements: z.array(nonEmptyText).max(50).optional(),
  strongAnswerCovers: z.array(nonEmptyText).max(50).optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const moduleSchema = z.looseObject({
  id: idSchema,
  kind: moduleKindSchema,
  title: nonEmptyText,
  weight: positiveWeight,
  timeBudgetMinutes: positiveWeight,
  prompts: z.array(promptSchema).min(1, 'must have at least one prompt').max(50),
  criteria: z.array(criterionSchema).min(1, 'must have at least one criterion').max(100),
  purpose: longTextSchema.optional(),
  flags: z.array(flagSchema).max(100).optional(),
  scenarios: z.array(scenarioSchema).max(50).optional(),
});
export type RubricModule = z.infer<typeof moduleSchema>;

const score0to100 = z
  .number()
  .min(0, 'must be between 0 and 100')
  .max(100, 'must be between 0 and 100');

export const verdictPolicySchema = z.looseObject({
  architectMin: score0to100,
  engineeringMin: score0to100,
  mislabeledArchitectureMax: score0to100,
  minModules: z.int().min(1, 'must be an integer of at least 1'),
  requiredModules: z.array(idSchema).max(100),
});
export type VerdictPolicy = z.infer<typeof verdictPolicySchema>;

export const trackWeightsSchema = z.partialRecord(
  trackSchema,
  z.record(idSchema, z.number().min(0, 'must be 0 or more').finite()),
);
export type TrackWeights = z.infer<typeof trackWeightsSchema>;

const rubricPackShape = z.looseObject({
  id: idSchema,
  version: z.int({ message: 'must be a whole number' }).min(1, 'must be an integer of at least 1'),
  title: nonEmptyText,
  modules: z.array(moduleSchema).min(1, 'must have at least one module').max(50),
  verdictPolicy: verdictPolicySchema,
  description: longTextSchema.optional(),
  trackWeights: trackWeightsSchema.optional(),
});

/** Ids that must be unique within one pack, and references that must resolve inside it. */
export const rubricPackSchema = rubricPackShape.superRefine((pack, ctx) => {
  const moduleIds = new Set<string>();
  const criterionIds = new Set<string>();
  const flagIds = new Set<string>();
  pack.modules.forEach((module, m) => {
    if (moduleIds.has(module.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['modules', m, 'id'],
        message: `duplicate module id "${module.id}"`,
      });
    }
    moduleIds.add(module.id);
    module.criteria.forEach((criterion, c) => {
      if (criterionIds.has(criterion.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['modules', m, 'criteria', c, 'id'],
          message: `duplicate criterion id "${criterion.id}" (criterion ids are unique within a pack)`,
        });
      }
      criterionIds.add(criterion.id);
    });
    (module.flags ?? []).forEach((flag, f) => {
      if (flagIds.has(flag.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['modules', m, 'flags', f, 'id'],
          message: `duplicate flag id "${flag.id}" (flag ids are unique within a pack)`,
        });
      }
      flagIds.add(flag.id);
    });
  });
  pack.verdictPolicy.requiredModules.forEach((moduleId, i) => {
    if (!moduleIds.has(moduleId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['verdictPolicy', 'requiredModules', i],
        message: `names module "${moduleId}", which is not in this pack`,
      });
    }
  });
  for (const [track, weights] of Object.entries(pack.trackWeights ?? {})) {
    for (const moduleId of Object.keys(weights ?? {})) {
      if (!moduleIds.has(moduleId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['trackWeights', track, moduleId],
          message: `names module "${moduleId}", which is not in this pack`,
        });
      }
    }
  }
});
export type RubricPack = z.infer<typeof rubricPackSchema>;

// Apart from the schemas, so that reading a pack's key needs no zod (see vite.config.ts).
export { packKey } from './pack-key';
