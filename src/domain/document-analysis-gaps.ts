// The gaps the assistant points out, as plain sentences ("No failure-mode section", "No cost
// estimate"), most important first: the architecture document, cost, decision records, then
// the supporting deliverables.
import {
  DELIVERABLES,
  elementDefinition,
  lowerFirst,
  type DeliverableId,
  type ElementId,
} from './document-analysis-catalogue';
import { combineAnalyses } from './document-analysis-combine';
import type { DocumentAnalysis } from './document-analysis';

export interface DocumentGap {
  /** The element, or the whole deliverable when none of it was found. */
  id: ElementId | DeliverableId;
  severity: 'missing' | 'thin';
  text: string;
}

const ELEMENT_FIRST: ElementId[] = [
  'system-diagram',
  'component-responsibilities',
  'data-flows',
  'api-contracts',
  'failure-modes',
  'cost-estimates',
];

const SUPPORTING: DeliverableId[] = [
  'infrastructure-specification',
  'orchestration-design',
  'safety-guardrails',
  'observability-plan',
  'handoff-documentation',
];

export function describeGaps(input: DocumentAnalysis | readonly DocumentAnalysis[]): DocumentGap[] {
  const { statuses } = combineAnalyses(input);
  const gaps: DocumentGap[] = [];
  const seen = new Set<ElementId>();
  const addElement = (id: ElementId): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const status = statuses[id];
    if (status === 'present') return;
    const def = elementDefinition(id);
    gaps.push(
      status === 'absent'
        ? { id, severity: 'missing', text: def.gapAbsent }
        : { id, severity: 'thin', text: def.gapPartial },
    );
  };
  for (const id of ELEMENT_FIRST) addElement(id);

  const decisions = DELIVERABLES.find((d) => d.id === 'decision-records')!;
  if (decisions.elements.every((id) => statuses[id] === 'absent')) {
    gaps.push({
      id: 'decision-records',
      severity: 'missing',
      text: elementDefinition('decision-context').gapAbsent,
    });
    decisions.elements.forEach((id) => seen.add(id));
  } else decisions.elements.forEach(addElement);

  for (const deliverableId of SUPPORTING) {
    const deliverable = DELIVERABLES.find((d) => d.id === deliverableId)!;
    const remaining = deliverable.elements.filter((id) => !seen.has(id));
    // A deliverable not attempted at all gets one sentence, not one per element.
    if (remaining.length > 0 && remaining.every((id) => statuses[id] !== 'present')) {
      const parts = remaining.map((id) => lowerFirst(elementDefinition(id).title)).join(', ');
      gaps.push({
        id: deliverableId,
        severity: 'missing',
        text: `No ${deliverable.title.toLowerCase()} (${parts}).`,
      });
      remaining.forEach((id) => seen.add(id));
    } else remaining.forEach(addElement);
  }
  return gaps;
}
