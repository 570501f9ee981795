// A candidate often sends several documents; the review judges them together: an element
// counts as present if any document specifies it.
import { ELEMENT_IDS, type ElementId } from './document-analysis-catalogue';
import type { AiSignals, DocumentAnalysis, ElementStatus } from './document-analysis';
import type { DocumentKind } from './document-analysis-kind';

export interface DocumentCoverage {
  kinds: DocumentKind[];
  statuses: Record<ElementId, ElementStatus>;
  aiSignals: AiSignals;
}

const RANK: Record<ElementStatus, number> = { absent: 0, partial: 1, present: 2 };

export function combineAnalyses(
  input: DocumentAnalysis | readonly DocumentAnalysis[],
): DocumentCoverage {
  const list: readonly DocumentAnalysis[] = Array.isArray(input)
    ? input
    : [input as DocumentAnalysis];
  const statuses = Object.fromEntries(ELEMENT_IDS.map((id) => [id, 'absent'])) as Record<
    ElementId,
    ElementStatus
  >;
  for (const analysis of list) {
    for (const element of analysis.elements) {
      if (RANK[element.status] > RANK[statuses[element.id]]) statuses[element.id] = element.status;
    }
  }
  return {
    kinds: list.map((a) => a.kind),
    statuses,
    aiSignals: {
      namesModel: list.some((a) => a.aiSignals.namesModel),
      mentionsInjection: list.some((a) => a.aiSignals.mentionsInjection),
    },
  };
}
