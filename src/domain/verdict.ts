import type { VerdictPolicy } from './rubric-schema';
import type { FlagRaised, ModuleResult } from './scoring';

export const VERDICTS = [
  'architect',
  'mislabeled-engineer',
  'borderline',
  'not-a-fit',
  'insufficient-evidence',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The rule of step 6 that decided, numbered as in the contract. */
export type VerdictRule =
  'insufficient-evidence' | 'gate-flag' | 'architect' | 'low-architecture' | 'borderline';

export type VerdictInput = {
  policy: VerdictPolicy;
  modules: readonly ModuleResult[];
  architectureScore: number | null;
  engineeringScore: number | null;
  flagsRaised: readonly FlagRaised[];
};

export type VerdictDecision = {
  verdict: Verdict;
  rule: VerdictRule;
  /** Plain sentences: the rule, the scores and thresholds compared, flags, weakest module. */
  reasons: string[];
  weakestModuleId: string | null;
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  architect: 'Architect',
  'mislabeled-engineer': 'Mislabeled engineer',
  borderline: 'Borderline',
  'not-a-fit': 'Not a fit',
  'insufficient-evidence': 'Insufficient evidence',
};

/**
 * One decimal, as the contract displays numbers; more when one decimal would make two
 * compared numbers look equal (74.96 against 75 reads "74.96 < 75.0", not "75.0 < 75.0").
 */
export function formatScore(value: number, against?: number): string {
  let digits = 1;
  if (against !== undefined && value !== against) {
    while (digits < 6 && value.toFixed(digits) === against.toFixed(digits)) digits++;
  }
  return value.toFixed(digits);
}

function moduleName(module: ModuleResult): string {
  return `"${module.title}" (${module.moduleId})`;
}

export function weakestModule(modules: readonly ModuleResult[]): ModuleResult | null {
  let weakest: ModuleResult | null = null;
  for (const module of modules) {
    // Strictly lower, so ties go to the first module in pack order.
    if (module.score !== null && (weakest === null || module.score < weakest.score!))
      weakest = module;
  }
  return weakest;
}

/** Step 6 and 7 of the contract: the first rule that applies, with its reasons. */
export function decideVerdict(input: VerdictInput): VerdictDecision {
  const { policy, modules, architectureScore: arch, engineeringScore: eng, flagsRaised } = input;
  const scoredCount = modules.filter((m) => m.scored).length;
  const missingRequired = policy.requiredModules.filter(
    (id) => !modules.some((m) => m.moduleId === id && m.scored),
  );
  const gates = flagsRaised.filter((f) => f.effect === 'gate');
  const engOk = eng !== null && eng >= policy.engineeringMin;

  const cmp = (name: string, value: number, op: string, thresholdName: string, threshold: number) =>
    `${name} ${formatScore(value, threshold)} ${op} ${thresholdName} ${formatScore(threshold, value)}`;
  const engineeringClause =
    eng === null
      ? 'the engineering score is unknown'
      : cmp(
          'engineering',
          eng,
          engOk ? '≥' : '<',
          'the engineering minimum',
          policy.engineeringMin,
        );

  let verdict: Verdict;
  let rule: VerdictRule;
  const decided: string[] = [];

  if (scoredCount < policy.minModules || missingRequired.length > 0 || arch === null) {
    verdict = 'insufficient-evidence';
    rule = 'insufficient-evidence';
    if (scoredCount < policy.minModules) {
      decided.push(
        `Insufficient evidence: ${scoredCount} of ${modules.length} modules scored, fewer than the ${policy.minModules} this pack requires.`,
      );
    }
    for (const id of missingRequired) {
      const module = modules.find((m) => m.moduleId === id);
      decided.push(
        `Insufficient evidence: the required module ${module ? moduleName(module) : `"${id}"`} was not scored.`,
      );
    }
    if (arch === null) {
      decided.push(
        'Insufficient evidence: no architecture criterion was scored, so the architecture score is unknown.',
      );
    }
  } else if (gates.length > 0) {
    verdict = engOk ? 'mislabeled-engineer' : 'not-a-fit';
    rule = 'gate-flag';
    const names = gates.map((f) => `"${f.label}"`).join(', ');
    decided.push(
      `${VERDICT_LABELS[verdict]}: the gate flag${gates.length > 1 ? 's' : ''} ${names} ${gates.length > 1 ? 'were' : 'was'} raised, and ${engineeringClause}.`,
    );
  } else if (arch >= policy.architectMin && engOk) {
    verdict = 'architect';
    rule = 'architect';
    decided.push(
      `Architect: ${cmp('architecture', arch, '≥', 'the architect minimum', policy.architectMin)} and ${engineeringClause}.`,
    );
  } else if (arch < policy.mislabeledArchitectureMax) {
    verdict = engOk ? 'mislabeled-engineer' : 'not-a-fit';
    rule = 'low-architecture';
    decided.push(
      `${VERDICT_LABELS[verdict]}: ${cmp('architecture', arch, '<', 'the mislabeled-engineer maximum', policy.mislabeledArchitectureMax)} and ${engineeringClause}.`,
    );
  } else {
    verdict = 'borderline';
    rule = 'borderline';
    const why =
      arch >= policy.architectMin
        ? `${cmp('architecture', arch, '≥', 'the architect minimum', policy.architectMin)} but ${engineeringClause}`
        : `${cmp('architecture', arch, '<', 'the architect minimum', policy.architectMin)} but not below the mislabeled-engineer maximum ${formatScore(policy.mislabeledArchitectureMax, arch)}`;
    decided.push(`Borderline: ${why}.`);
  }

  const reasons = [...decided];
  reasons.push(
    `Scores: architecture ${arch === null ? 'unknown' : formatScore(arch)}, engineering ${eng === null ? 'unknown' : formatScore(eng)}; ` +
      `thresholds: architect ≥ ${formatScore(policy.architectMin)}, engineering ≥ ${formatScore(policy.engineeringMin)}, ` +
      `mislabeled engineer < ${formatScore(policy.mislabeledArchitectureMax)}; ${scoredCount} of ${modules.length} modules scored (at least ${policy.minModules} needed).`,
  );
  for (const flag of flagsRaised) {
    reasons.push(`Flag raised (${flag.effect}): "${flag.label}", by ${flag.raisedBy.join(', ')}.`);
  }
  const weakest = weakestModule(modules);
  reasons.push(
    weakest
      ? `Weakest scored module: ${moduleName(weakest)} at ${formatScore(weakest.score!)}.`
      : 'No module was scored.',
  );
  return { verdict, rule, reasons, weakestModuleId: weakest?.moduleId ?? null };
}
