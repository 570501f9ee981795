import type { Criterion, Flag, RubricModule, RubricPack } from './rubric-schema';

export type IndexedCriterion = { criterion: Criterion; module: RubricModule; moduleIndex: number };
export type IndexedFlag = { flag: Flag; module: RubricModule };

/** Lookups into one rubric pack, built once per pack and shared by every report using it. */
export type PackIndex = {
  pack: RubricPack;
  /** Every criterion in pack order (module order, then criterion order). */
  criteria: IndexedCriterion[];
  criterionPosition: Map<string, number>;
  /** Every flag in pack order. */
  flags: IndexedFlag[];
  flagPosition: Map<string, number>;
  modulePosition: Map<string, number>;
  /** For each module (by position), the positions of its criteria in `criteria`. */
  moduleCriteria: number[][];
};

// Keyed by the pack object so a pack is indexed once however many candidates use it.
const cache = new WeakMap<RubricPack, PackIndex>();

export function indexPack(pack: RubricPack): PackIndex {
  const cached = cache.get(pack);
  if (cached) return cached;
  const criteria: IndexedCriterion[] = [];
  const flags: IndexedFlag[] = [];
  const criterionPosition = new Map<string, number>();
  const flagPosition = new Map<string, number>();
  const modulePosition = new Map<string, number>();
  const moduleCriteria: number[][] = [];
  pack.modules.forEach((module, moduleIndex) => {
    modulePosition.set(module.id, moduleIndex);
    moduleCriteria.push([]);
    for (const criterion of module.criteria) {
      moduleCriteria[moduleIndex]!.push(criteria.length);
      criterionPosition.set(criterion.id, criteria.length);
      criteria.push({ criterion, module, moduleIndex });
    }
    for (const flag of module.flags ?? []) {
      flagPosition.set(flag.id, flags.length);
      flags.push({ flag, module });
    }
  });
  const index: PackIndex = {
    pack,
    criteria,
    criterionPosition,
    flags,
    flagPosition,
    modulePosition,
    moduleCriteria,
  };
  cache.set(pack, index);
  return index;
}

/** The newest version of each pack id wins; used to pick a pack for a candidate with no scorecards. */
export function newestVersionOf(packs: readonly RubricPack[], packId: string): RubricPack | null {
  let newest: RubricPack | null = null;
  for (const pack of packs) {
    if (pack.id === packId && (newest === null || pack.version > newest.version)) newest = pack;
  }
  return newest;
}
