import { describe, expect, it } from 'vitest';
import type { VerdictPolicy } from '../../src/domain/rubric-schema';
import type { FlagRaised, ModuleResult } from '../../src/domain/scoring';
import {
  decideVerdict,
  formatScore,
  type Verdict,
  type VerdictInput,
} from '../../src/domain/verdict';

// Deliberately unusual thresholds: a verdict that used constants instead would fail here.
const policy: VerdictPolicy = {
  architectMin: 62,
  engineeringMin: 55,
  mislabeledArchitectureMax: 31,
  minModules: 2,
  requiredModules: ['m1'],
};

const module = (moduleId: string, score: number | null): ModuleResult => ({
  moduleId,
  title: `Module ${moduleId}`,
  score,
  weight: 1,
  scored: score !== null,
});
const bothScored = [module('m1', 50), module('m2', 60), module('m3', null)];
const gate: FlagRaised = {
  flagId: 'g',
  label: 'No design docs',
  effect: 'gate',
  moduleId: 'm1',
  raisedBy: ['Ann', 'Bob'],
};
const warn: FlagRaised = {
  flagId: 'w',
  label: 'Vague',
  effect: 'warn',
  moduleId: 'm2',
  raisedBy: ['Cy'],
};

type Row = {
  name: string;
  arch: number | null;
  eng: number | null;
  modules?: ModuleResult[];
  flags?: FlagRaised[];
  expected: Verdict;
};

const rows: Row[] = [
  // Rule 1: insufficient evidence.
  {
    name: 'fewer modules scored than minModules',
    arch: 90,
    eng: 90,
    modules: [module('m1', 90), module('m2', null)],
    expected: 'insufficient-evidence',
  },
  {
    name: 'a required module not scored',
    arch: 90,
    eng: 90,
    modules: [module('m1', null), module('m2', 90), module('m3', 90)],
    expected: 'insufficient-evidence',
  },
  { name: 'architecture unknown', arch: null, eng: 90, expected: 'insufficient-evidence' },
  {
    name: 'insufficient evidence wins over a gate flag',
    arch: null,
    eng: 90,
    flags: [gate],
    expected: 'insufficient-evidence',
  },
  // Rule 2: a gate flag.
  {
    name: 'gate flag, engineering at the minimum',
    arch: 95,
    eng: 55,
    flags: [gate],
    expected: 'mislabeled-engineer',
  },
  {
    name: 'gate flag, engineering just below',
    arch: 95,
    eng: 54.99,
    flags: [gate],
    expected: 'not-a-fit',
  },
  {
    name: 'gate flag, engineering unknown',
    arch: 95,
    eng: null,
    flags: [gate],
    expected: 'not-a-fit',
  },
  { name: 'a warn flag does not gate', arch: 95, eng: 80, flags: [warn], expected: 'architect' },
  // Rule 3: architect.
  { name: 'both exactly at their minimum', arch: 62, eng: 55, expected: 'architect' },
  {
    name: 'architecture just below the architect minimum',
    arch: 61.99,
    eng: 90,
    expected: 'borderline',
  },
  { name: 'architect-level but engineering below', arch: 90, eng: 54.99, expected: 'borderline' },
  { name: 'architect-level but engineering unknown', arch: 90, eng: null, expected: 'borderline' },
  // Rule 4: low architecture.
  {
    name: 'architecture below the maximum, engineering strong',
    arch: 30.99,
    eng: 55,
    expected: 'mislabeled-engineer',
  },
  {
    name: 'architecture below the maximum, engineering weak',
    arch: 30.99,
    eng: 54.99,
    expected: 'not-a-fit',
  },
  {
    name: 'architecture below the maximum, engineering unknown',
    arch: 0,
    eng: null,
    expected: 'not-a-fit',
  },
  {
    name: 'architecture equal to the maximum is not below it',
    arch: 31,
    eng: 90,
    expected: 'borderline',
  },
  // Rule 5.
  { name: 'between the thresholds', arch: 45, eng: 45, expected: 'borderline' },
];

function input(row: Row): VerdictInput {
  return {
    policy,
    modules: row.modules ?? bothScored,
    architectureScore: row.arch,
    engineeringScore: row.eng,
    flagsRaised: row.flags ?? [],
  };
}

describe('decideVerdict', () => {
  it.each(rows)('$name → $expected', (row) => {
    expect(decideVerdict(input(row)).verdict).toBe(row.expected);
  });

  it('reads every threshold from the policy', () => {
    const row = { arch: 50, eng: 50 };
    const base = { ...input({ name: '', ...row, expected: 'borderline' }) };
    expect(decideVerdict(base).verdict).toBe('borderline');
    expect(
      decideVerdict({ ...base, policy: { ...policy, architectMin: 50, engineeringMin: 50 } })
        .verdict,
    ).toBe('architect');
    expect(
      decideVerdict({
        ...base,
        policy: { ...policy, mislabeledArchitectureMax: 50.01, engineeringMin: 50 },
      }).verdict,
    ).toBe('mislabeled-engineer');
    expect(decideVerdict({ ...base, policy: { ...policy, minModules: 3 } }).verdict).toBe(
      'insufficient-evidence',
    );
  });

  it('gives the deciding rule, the scores against thresholds, flags with who raised them and the weakest module', () => {
    const decision = decideVerdict(
      input({ name: '', arch: 95, eng: 70, flags: [gate, warn], expected: 'mislabeled-engineer' }),
    );
    expect(decision.rule).toBe('gate-flag');
    expect(decision.reasons).toEqual([
      'Mislabeled engineer: the gate flag "No design docs" was raised, and engineering 70.0 ≥ the engineering minimum 55.0.',
      'Scores: architecture 95.0, engineering 70.0; thresholds: architect ≥ 62.0, engineering ≥ 55.0, mislabeled engineer < 31.0; 2 of 3 modules scored (at least 2 needed).',
      'Flag raised (gate): "No design docs", by Ann, Bob.',
      'Flag raised (warn): "Vague", by Cy.',
      'Weakest scored module: "Module m1" (m1) at 50.0.',
    ]);
    expect(decision.weakestModuleId).toBe('m1');
  });

  it('names each missing piece of evidence', () => {
    const decision = decideVerdict(
      input({
        name: '',
        arch: null,
        eng: null,
        modules: [module('m1', null), module('m2', 40)],
        expected: 'insufficient-evidence',
      }),
    );
    expect(decision.reasons.slice(0, 3)).toEqual([
      'Insufficient evidence: 1 of 2 modules scored, fewer than the 2 this pack requires.',
      'Insufficient evidence: the required module "Module m1" (m1) was not scored.',
      'Insufficient evidence: no architecture criterion was scored, so the architecture score is unknown.',
    ]);
    expect(decision.weakestModuleId).toBe('m2');
  });

  it('shows enough decimals that a near miss does not read as equal', () => {
    const decision = decideVerdict(
      input({ name: '', arch: 61.96, eng: 90, expected: 'borderline' }),
    );
    expect(decision.reasons[0]).toBe(
      'Borderline: architecture 61.96 < the architect minimum 62.00 but not below the mislabeled-engineer maximum 31.0.',
    );
    expect(formatScore(66.66666)).toBe('66.7');
  });

  it('breaks a tie for the weakest module by pack order', () => {
    const decision = decideVerdict(
      input({
        name: '',
        arch: 50,
        eng: 50,
        modules: [module('m1', 40), module('m2', 40)],
        expected: 'borderline',
      }),
    );
    expect(decision.weakestModuleId).toBe('m1');
  });
});
