import type { Track } from './common-schema';

/**
 * What an AI systems architect delivers and what the engagement usually costs, from
 * sections 05 and 07 of the seed article (2026 figures). Kept as data so the report, the
 * engagement view and a founder's price check all quote the same numbers.
 */

export type Deliverable = { id: string; title: string; contains: string };

/** Section 05: architects who cannot produce these written deliverables are engineers. */
export const DELIVERABLES: readonly Deliverable[] = [
  {
    id: 'architecture-document',
    title: 'Architecture document',
    contains:
      'System diagram, component responsibilities, data flows, API contracts, failure modes',
  },
  {
    id: 'infrastructure-specification',
    title: 'Infrastructure specification',
    contains: 'Cloud services, deployment model, scaling approach, cost estimates, IaC outline',
  },
  {
    id: 'orchestration-design',
    title: 'Orchestration design',
    contains:
      'Agent graph or workflow diagram, state machine definitions, tool registry, retry logic',
  },
  {
    id: 'safety-guardrails-spec',
    title: 'Safety & guardrails spec',
    contains:
      'Input/output validation rules, escalation triggers, circuit breaker design, compliance controls',
  },
  {
    id: 'observability-plan',
    title: 'Observability plan',
    contains:
      'Metrics list, trace design, dashboard specs, alert thresholds, evaluation methodology',
  },
  {
    id: 'handoff-documentation',
    title: 'Handoff documentation',
    contains: 'Runbook, decision log, known failure modes, recommended next iteration',
  },
];

export type EngagementModelId = 'full-time' | 'fractional' | 'project';

export type EngagementModel = {
  id: EngagementModelId;
  title: string;
  bestFor: string;
  /** US dollars per `per`. */
  min: number;
  max: number;
  per: 'year' | 'month' | 'project';
  /** The range as the article prints it. */
  costText: string;
};

/** Section 07, "Typical cost (2026)". */
export const ENGAGEMENT_MODELS: Record<EngagementModelId, EngagementModel> = {
  'full-time': {
    id: 'full-time',
    title: 'Full-time hire',
    bestFor: 'Post-Series A, multiple concurrent AI initiatives',
    min: 200_000,
    max: 350_000,
    per: 'year',
    costText: '$200,000–$350,000 total compensation a year',
  },
  fractional: {
    id: 'fractional',
    title: 'Fractional retainer',
    bestFor: 'Seed to Series A, ongoing architecture oversight',
    min: 6_000,
    max: 14_000,
    per: 'month',
    costText: '$6,000–$14,000 a month',
  },
  project: {
    id: 'project',
    title: 'Project-based',
    bestFor: 'A specific architecture deliverable or audit',
    min: 15_000,
    max: 60_000,
    per: 'project',
    costText: '$15,000–$60,000 fixed',
  },
};

export const COST_SOURCE_NOTE =
  'Typical 2026 costs for an AI systems architect; a fractional engagement usually costs 20–40% of a full-time hire.';

export type QuoteComparison = 'below' | 'within' | 'above';

/** Where a quoted price falls against the usual range of its engagement model (inclusive). */
export function compareQuote(model: EngagementModelId, amount: number): QuoteComparison {
  const { min, max } = ENGAGEMENT_MODELS[model];
  if (amount < min) return 'below';
  if (amount > max) return 'above';
  return 'within';
}

export type EngagementView = {
  model: EngagementModel;
  /** The full-time range, for comparison. */
  fullTime: EngagementModel;
  /** Plain sentence on what the engagement is and what it must hand over. */
  summary: string;
  deliverables: readonly Deliverable[];
};

/**
 * The engagement view of a fractional or project candidate: a consultant engaged for a
 * period or a deliverable, judged by what they hand over. Null for full-time hires and
 * self-assessments, whose report speaks of a hire.
 */
export function engagementView(track: Track): EngagementView | null {
  if (track !== 'fractional' && track !== 'project') return null;
  const model = ENGAGEMENT_MODELS[track];
  const summary =
    track === 'fractional'
      ? 'A fractional consultant on a retainer gives ongoing architecture oversight. Over the engagement, expect these written, reviewable deliverables; a consultant who cannot produce them is an engineer, not an architect.'
      : 'A project engagement buys a specific architecture deliverable or audit for a fixed price. Agree which of these written, reviewable deliverables the engagement hands over before it starts.';
  return { model, fullTime: ENGAGEMENT_MODELS['full-time'], summary, deliverables: DELIVERABLES };
}
