import type { VerdictPolicy } from './rubric-schema';
import { VERDICT_LABELS, VERDICTS, type Verdict } from './verdict';

/** A rectangle of the architecture × engineering plane, in score units (0–100). */
export type QuadrantRegion = {
  verdict: Extract<Verdict, 'architect' | 'mislabeled-engineer' | 'borderline' | 'not-a-fit'>;
  /** Engineering range. */
  x0: number;
  x1: number;
  /** Architecture range. */
  y0: number;
  y1: number;
};

export type QuadrantLines = {
  /** Vertical line: the engineering minimum. */
  engineeringMin: number;
  /** Horizontal lines: the architect minimum and the mislabeled-engineer maximum. */
  architectMin: number;
  mislabeledArchitectureMax: number;
};

/**
 * Where each verdict falls on the two axes when no gate flag is raised and the evidence is
 * sufficient (rules 3 to 5 of the contract): engineering across, architecture up.
 *   architecture ≥ architectMin:          architect (engineering ≥ min) or borderline
 *   between the two architecture lines:   borderline
 *   architecture < mislabeled maximum:    mislabeled engineer (engineering ≥ min) or not a fit
 * A policy whose mislabeled maximum is above its architect minimum is clamped, so the
 * regions never overlap (rule 3 is checked first, so architect wins there).
 */
export function quadrantRegions(policy: VerdictPolicy): {
  lines: QuadrantLines;
  regions: QuadrantRegion[];
} {
  const eng = policy.engineeringMin;
  const top = policy.architectMin;
  const low = Math.min(policy.mislabeledArchitectureMax, top);
  const regions: QuadrantRegion[] = [
    { verdict: 'architect', x0: eng, x1: 100, y0: top, y1: 100 },
    { verdict: 'borderline', x0: 0, x1: eng, y0: top, y1: 100 },
    { verdict: 'borderline', x0: 0, x1: 100, y0: low, y1: top },
    { verdict: 'mislabeled-engineer', x0: eng, x1: 100, y0: 0, y1: low },
    { verdict: 'not-a-fit', x0: 0, x1: eng, y0: 0, y1: low },
  ];
  return {
    lines: { engineeringMin: eng, architectMin: top, mislabeledArchitectureMax: low },
    regions: regions.filter((r) => r.x1 > r.x0 && r.y1 > r.y0),
  };
}

/**
 * How each verdict is marked on the plane, the same on every screen: a shape and a tone
 * (the chart's neutral colour names), so no verdict is told apart by colour alone.
 */
export const VERDICT_MARKS: Record<
  Verdict,
  { shape: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross'; tone: string }
> = {
  architect: { shape: 'circle', tone: 'good' },
  'mislabeled-engineer': { shape: 'triangle', tone: 'caution' },
  borderline: { shape: 'diamond', tone: 'mixed' },
  'not-a-fit': { shape: 'square', tone: 'bad' },
  'insufficient-evidence': { shape: 'cross', tone: 'unknown' },
};

/** One scatter group per verdict: its label, marker shape and colour tone class. */
export const VERDICT_SCATTER_GROUPS = VERDICTS.map((verdict) => ({
  id: verdict,
  label: VERDICT_LABELS[verdict],
  shape: VERDICT_MARKS[verdict].shape,
  className: `scatter-tone-${VERDICT_MARKS[verdict].tone}`,
}));
