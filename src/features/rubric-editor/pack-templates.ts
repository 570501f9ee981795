import type {
  Criterion,
  Flag,
  Prompt,
  RubricModule,
  RubricPack,
  Scenario,
} from '../../domain/rubric-schema';

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Ids already used in the pack, by kind: criterion and flag ids are unique pack-wide. */
export function takenIds(pack: { modules?: readonly Partial<RubricModule>[] }) {
  const modules = new Set<string>();
  const criteria = new Set<string>();
  const flags = new Set<string>();
  const scenarios = new Set<string>();
  for (const module of pack.modules ?? []) {
    if (module.id) modules.add(module.id);
    for (const criterion of module.criteria ?? []) if (criterion?.id) criteria.add(criterion.id);
    for (const flag of module.flags ?? []) if (flag?.id) flags.add(flag.id);
    for (const scenario of module.scenarios ?? []) if (scenario?.id) scenarios.add(scenario.id);
  }
  return { modules, criteria, flags, scenarios };
}

export function newPrompt(): Prompt {
  return { question: '' };
}

/** A criterion to fill in, with an id such as `failure-mode-5` (the module id, its position). */
export function newCriterion(
  taken: ReadonlySet<string>,
  prefix: string,
  position: number,
): Criterion {
  return {
    id: uniqueId(`${prefix}-${position}`, taken),
    title: '',
    signal: 'architecture',
    weight: 1,
    levels: ['', '', '', ''],
  };
}

export function newFlag(taken: ReadonlySet<string>): Flag {
  return { id: uniqueId(`flag-${taken.size + 1}`, taken), label: '', effect: 'warn' };
}

export function newScenario(taken: ReadonlySet<string>): Scenario {
  return { id: uniqueId(`scenario-${taken.size + 1}`, taken), title: '', brief: '' };
}

export function newModule(pack: { modules?: readonly Partial<RubricModule>[] }): RubricModule {
  const taken = takenIds(pack);
  const id = uniqueId(`module-${taken.modules.size + 1}`, taken.modules);
  return {
    id,
    kind: 'custom',
    title: '',
    weight: 1,
    timeBudgetMinutes: 20,
    prompts: [newPrompt()],
    criteria: [newCriterion(taken.criteria, id, 1)],
  };
}

/** A new pack to fill in: one module with one prompt and one criterion. */
export function blankPack(): RubricPack {
  return {
    id: 'new-pack',
    version: 1,
    title: '',
    modules: [newModule({})],
    verdictPolicy: {
      architectMin: 70,
      engineeringMin: 50,
      mislabeledArchitectureMax: 40,
      minModules: 1,
      requiredModules: [],
    },
  };
}

function withoutEmpty<T extends object>(record: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of keys) {
    const value = out[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      delete out[key];
  }
  return out as T;
}

/**
 * The pack as saved: optional texts left empty and optional lists left empty are dropped,
 * so an untouched field does not show up as a change between versions.
 */
export function tidyPack(pack: RubricPack): RubricPack {
  const trackWeights = Object.fromEntries(
    Object.entries(pack.trackWeights ?? {}).filter(
      ([, weights]) => weights && Object.keys(weights).length > 0,
    ),
  );
  const tidy = withoutEmpty(
    {
      ...pack,
      trackWeights: Object.keys(trackWeights).length > 0 ? trackWeights : undefined,
      modules: pack.modules.map((module) =>
        withoutEmpty(
          {
            ...module,
            prompts: module.prompts.map((prompt) =>
              withoutEmpty(prompt, ['followUps', 'listenFor']),
            ),
            criteria: module.criteria.map((criterion) => withoutEmpty(criterion, ['description'])),
            flags: module.flags?.map((flag) => withoutEmpty(flag, ['description'])),
            scenarios: module.scenarios?.map((scenario) =>
              withoutEmpty(scenario, ['requirements', 'strongAnswerCovers']),
            ),
          },
          ['purpose', 'flags', 'scenarios'],
        ),
      ),
    },
    ['description', 'trackWeights'],
  );
  return tidy;
}
