// Suggested levels (1–4) for the document-review criteria of the default pack, from what the
// analysis found. A suggestion only: the interviewer confirms or changes every level.
import { elementDefinition, lowerFirst, type ElementId } from './document-analysis-catalogue';
import { combineAnalyses, type DocumentCoverage } from './document-analysis-combine';
import type { DocumentAnalysis } from './document-analysis';

export type SuggestedLevel = 1 | 2 | 3 | 4;

export interface SuggestedRating {
  criterionId: string;
  /** null when the document text cannot tell; the reason says what to ask instead. */
  level: SuggestedLevel | null;
  reason: string;
}

/** The part of a pack criterion the suggestions need. */
export interface CriterionRef {
  id: string;
}

export const DOC_REVIEW_CRITERIA = [
  'dr-architecture-document',
  'dr-decision-records',
  'dr-supporting-deliverables',
  'dr-ai-specific-content',
  'dr-authorship',
  'dr-implementation-traceability',
] as const;

const ARCHITECTURE: ElementId[] = [
  'system-diagram',
  'component-responsibilities',
  'data-flows',
  'api-contracts',
  'failure-modes',
];
const AI_CORE: ElementId[] = [
  'failure-modes',
  'input-output-validation',
  'escalation-triggers',
  'evaluation-methodology',
];

const names = (ids: ElementId[]): string =>
  ids.map((id) => lowerFirst(elementDefinition(id).title)).join(', ');

function foundMissing(c: DocumentCoverage, ids: ElementId[]): string {
  const found = ids.filter((id) => c.statuses[id] === 'present');
  const missing = ids.filter((id) => c.statuses[id] !== 'present');
  const parts: string[] = [];
  if (found.length > 0) parts.push(`found ${names(found)}`);
  if (missing.length > 0) parts.push(`missing or thin: ${names(missing)}`);
  return parts.join('; ');
}

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1) + '.';

function architectureDocument(c: DocumentCoverage): SuggestedRating {
  const id = 'dr-architecture-document';
  const has = (e: ElementId): boolean => c.statuses[e] === 'present';
  const count = ARCHITECTURE.filter(has).length;
  const onlyNonDesign =
    c.kinds.length > 0 && c.kinds.every((k) => k === 'engineering-readme' || k === 'marketing');
  if (onlyNonDesign || count === 0) {
    const what = onlyNonDesign
      ? c.kinds.includes('engineering-readme')
        ? 'The document is an engineering README, not an architecture document'
        : 'The document is marketing copy, not an architecture document'
      : 'None of the five parts of an architecture document was found';
    return { criterionId: id, level: 1, reason: `${what}.` };
  }
  let level: SuggestedLevel = 2;
  if (count === 5) level = 4;
  else if (
    has('system-diagram') &&
    has('component-responsibilities') &&
    has('data-flows') &&
    (has('api-contracts') || has('failure-modes'))
  )
    level = 3;
  return { criterionId: id, level, reason: sentence(foundMissing(c, ARCHITECTURE)) };
}

function decisionRecords(c: DocumentCoverage): SuggestedRating {
  const id = 'dr-decision-records';
  const s = c.statuses;
  const has = (e: ElementId): boolean => s[e] === 'present';
  const ids: ElementId[] = [
    'decision-context',
    'decision-outcome',
    'alternatives-considered',
    'consequences',
  ];
  if (!has('decision-outcome') && !has('decision-log')) {
    return { criterionId: id, level: 1, reason: 'No decision record or decision log was found.' };
  }
  if (ids.every(has))
    return {
      criterionId: id,
      level: 4,
      reason: `${sentence(foundMissing(c, ids))} Ask which decision was later revisited before confirming level 4.`,
    };
  if (has('decision-context') && has('decision-outcome') && has('alternatives-considered'))
    return { criterionId: id, level: 3, reason: sentence(foundMissing(c, ids)) };
  return { criterionId: id, level: 2, reason: `Decisions are recorded; ${foundMissing(c, ids)}.` };
}

function supportingDeliverables(c: DocumentCoverage): SuggestedRating {
  const id = 'dr-supporting-deliverables';
  const s = c.statuses;
  const half = (ids: ElementId[]): boolean =>
    ids.filter((e) => s[e] === 'present').length >= Math.ceil(ids.length / 2);
  const found: string[] = [];
  const infra = half([
    'cloud-services',
    'deployment-model',
    'scaling-approach',
    'cost-estimates',
    'iac-outline',
  ]);
  if (infra)
    found.push(
      s['cost-estimates'] === 'present'
        ? 'infrastructure specification with cost estimates'
        : 'infrastructure specification without cost estimates',
    );
  if (half(['agent-graph', 'state-machines', 'tool-registry', 'retry-logic']))
    found.push('orchestration design');
  if (
    half([
      'input-output-validation',
      'escalation-triggers',
      'circuit-breakers',
      'compliance-controls',
    ])
  )
    found.push('safety and guardrails specification');
  if (
    half([
      'metrics-list',
      'trace-design',
      'dashboard-specs',
      'alert-thresholds',
      'evaluation-methodology',
    ])
  )
    found.push('observability plan');
  const handoff = half(['runbook', 'decision-log', 'known-failure-modes', 'next-iteration']);
  if (handoff) found.push('handoff documents');
  else if (s.runbook === 'present') found.push('runbook');
  const n = found.length;
  if (n === 0)
    return {
      criterionId: id,
      level: 1,
      reason: 'No supporting deliverable beyond the architecture document was found.',
    };
  const list = `Found: ${found.join(', ')}.`;
  if (n === 1) return { criterionId: id, level: 2, reason: list };
  if (n >= 4 && handoff) return { criterionId: id, level: 4, reason: list };
  return {
    criterionId: id,
    level: 3,
    reason: n >= 4 ? `${list} No handoff documents, so not level 4.` : list,
  };
}

function aiSpecific(c: DocumentCoverage): SuggestedRating {
  const id = 'dr-ai-specific-content';
  const s = c.statuses;
  if (!c.aiSignals.namesModel)
    return {
      criterionId: id,
      level: 1,
      reason:
        'The documents never name a model, prompts or a vector store: a generic service design.',
    };
  const core = AI_CORE.filter((e) => s[e] === 'present').length;
  if (core < 3)
    return {
      criterionId: id,
      level: 2,
      reason: `Names the model, but ${foundMissing(c, AI_CORE)}.`,
    };
  const advanced =
    s['circuit-breakers'] === 'present' &&
    s['cost-estimates'] === 'present' &&
    c.aiSignals.mentionsInjection;
  if (core === 4 && advanced)
    return {
      criterionId: id,
      level: 4,
      reason:
        'Specifies fallbacks, validation, escalation and evaluation, plus circuit breakers, cost estimates and injection defences.',
    };
  const missingAdvanced = [
    s['circuit-breakers'] !== 'present' ? 'circuit breakers' : null,
    s['cost-estimates'] !== 'present' ? 'cost estimates' : null,
    !c.aiSignals.mentionsInjection ? 'injection defences' : null,
  ].filter((x): x is string => x !== null);
  return {
    criterionId: id,
    level: 3,
    reason: `${sentence(foundMissing(c, AI_CORE))}${missingAdvanced.length > 0 ? ` Not found: ${missingAdvanced.join(', ')}.` : ''}`,
  };
}

const ASK: Record<string, string> = {
  'dr-authorship':
    'Not judged from the text: ask who wrote the document, who reviewed it and whether it was kept current.',
  'dr-implementation-traceability':
    'Not judged from the text: ask the candidate to take one component or contract down to how it was built and checked.',
};

/**
 * Suggests a level per criterion of the doc-review module. Pass the module's criteria to
 * suggest only for those (unknown ids get level null); without them, the default pack's.
 */
export function suggestRatings(
  input: DocumentAnalysis | readonly DocumentAnalysis[],
  criteria?: readonly CriterionRef[],
): SuggestedRating[] {
  const coverage = combineAnalyses(input);
  const ids = criteria ? criteria.map((c) => c.id) : [...DOC_REVIEW_CRITERIA];
  return ids.map((id): SuggestedRating => {
    switch (id) {
      case 'dr-architecture-document':
        return architectureDocument(coverage);
      case 'dr-decision-records':
        return decisionRecords(coverage);
      case 'dr-supporting-deliverables':
        return supportingDeliverables(coverage);
      case 'dr-ai-specific-content':
        return aiSpecific(coverage);
      default:
        return {
          criterionId: id,
          level: null,
          reason: ASK[id] ?? 'No suggestion: this criterion is not judged from the document text.',
        };
    }
  });
}
