// Between the analyser's full result (kept in memory while the screen is open) and what the
// scorecard stores: the statuses, the gaps and, only if the interviewer chose so, the text.
import { ELEMENT_IDS, type ElementId } from '../../../domain/document-analysis-catalogue';
import type { DocumentAnalysis, ElementResult } from '../../../domain/document-analysis';
import { describeGaps } from '../../../domain/document-analysis-gaps';
import type { ReviewedDocument } from '../../../domain/reviewed-document-schema';

export function toReviewedDocument(
  id: string,
  name: string,
  text: string,
  analysis: DocumentAnalysis,
  keepText: boolean,
): ReviewedDocument {
  return {
    id,
    name,
    kind: analysis.kind,
    wordCount: analysis.wordCount,
    elements: Object.fromEntries(analysis.elements.map((element) => [element.id, element.status])),
    gaps: describeGaps(analysis).map((gap) => gap.text),
    aiSignals: { ...analysis.aiSignals },
    ...(keepText ? { text } : {}),
  };
}

const KNOWN = new Set<string>(ELEMENT_IDS);

/**
 * A stored document as far as combining, gaps and suggestions read it (element statuses,
 * kind, AI signals): enough when only the analysis was kept.
 */
export function storedAsAnalysis(doc: ReviewedDocument): DocumentAnalysis {
  const statuses = doc.elements ?? {};
  const elements = ELEMENT_IDS.map(
    (id): ElementResult =>
      ({
        id,
        status: KNOWN.has(id) ? (statuses[id] ?? 'absent') : 'absent',
        passages: [],
      }) as unknown as ElementResult,
  );
  return {
    kind: (doc.kind ?? 'other') as DocumentAnalysis['kind'],
    aiSignals: {
      namesModel: doc.aiSignals?.namesModel ?? false,
      mentionsInjection: doc.aiSignals?.mentionsInjection ?? false,
    },
    kindReasons: [],
    wordCount: doc.wordCount ?? 0,
    headings: [],
    deliverables: [],
    elements,
  };
}

export type MarkRange = { start: number; end: number; elements: ElementId[] };

/** Passages of the chosen elements as non-overlapping ranges, in text order. */
export function markRanges(analysis: DocumentAnalysis, only: ElementId | null): MarkRange[] {
  const raw = analysis.elements
    .filter((element) => (only === null ? element.status !== 'absent' : element.id === only))
    .flatMap((element) =>
      element.passages
        .filter((passage) => only !== null || passage.role === 'evidence')
        .map((passage) => ({ start: passage.start, end: passage.end, id: element.id })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MarkRange[] = [];
  for (const range of raw) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      if (!last.elements.includes(range.id)) last.elements.push(range.id);
    } else merged.push({ start: range.start, end: range.end, elements: [range.id] });
  }
  return merged;
}
