// Local, deterministic analysis of a candidate's document against the deliverables of an AI
// systems architect: for each element, present / partial / absent with the passages that show
// it (offsets into the original text), and a guess of what kind of document it is.
import {
  DELIVERABLES,
  ELEMENTS,
  type DeliverableId,
  type ElementDefinition,
  type ElementId,
} from './document-analysis-catalogue';
import { guessDocumentKind, type DocumentKind } from './document-analysis-kind';
import { segmentDocument, type Passage, type SegmentedDocument } from './document-analysis-segment';

export type ElementStatus = 'present' | 'partial' | 'absent';

export interface EvidencePassage {
  /** Offsets into the text given to analyzeDocument: text.slice(start, end) === snippet. */
  start: number;
  end: number;
  snippet: string;
  /** 'heading' when the passage is a section heading about the element. */
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'code';
  /** 'evidence' specifies the element; 'mention' only names it. */
  role: 'evidence' | 'mention';
}

export interface ElementResult {
  id: ElementId;
  deliverable: DeliverableId;
  title: string;
  status: ElementStatus;
  /** Weighted evidence found; present needs the element's threshold. */
  score: number;
  passages: EvidencePassage[];
}

export interface DeliverableResult {
  id: DeliverableId;
  title: string;
  status: ElementStatus;
  presentCount: number;
  elements: ElementResult[];
}

/** Document-wide signals the suggested ratings need beyond the elements. */
export interface AiSignals {
  /** Names a model, prompts, embeddings or a vector store. */
  namesModel: boolean;
  /** Mentions prompt injection or a defence against it. */
  mentionsInjection: boolean;
}

export interface DocumentAnalysis {
  kind: DocumentKind;
  aiSignals: AiSignals;
  /** Why the kind was chosen, in plain words. */
  kindReasons: string[];
  wordCount: number;
  headings: { start: number; end: number; title: string; level: number }[];
  deliverables: DeliverableResult[];
  /** Flat view of every element, in catalogue order. */
  elements: ElementResult[];
}

export interface AnalyzeOptions {
  /** At most this many passages per element (default 5). */
  maxPassages?: number;
}

const MODEL_WORDS =
  /\b(?:llms?|large language models?|gpt-?[\w.-]*|claude|gemini|mistral|llama|language models?|the model|models?'s|prompts?|embeddings?|vector (?:store|index|database|db)|rag|retrieval-augmented)\b/i;

const safeTest = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  return re.test(text);
};

function ownSectionRanges(doc: SegmentedDocument, heading: RegExp | null): [number, number][] {
  if (!heading) return [];
  return doc.sections
    .filter((s) => safeTest(heading, s.heading.title))
    .map((s) => [s.start, s.end]);
}

/** Passages in a section that groups the element's deliverable ("Infrastructure") weigh more. */
const DELIVERABLE_SECTION_WEIGHT = 1.5;
/** Passages under a heading about another element ("Alerts" for a cost figure) weigh less. */
const OTHER_SECTION_WEIGHT = 0.75;

const INLINE_LABEL = /(?:^|[.;]\s+)(?:[-*•]\s*)?\*{0,2}([\p{Lu}][\p{L} /&-]{2,40}?)\*{0,2}\s*:\s/gu;

/** "Known failure modes: …" or "**Alerts**: …": labels that work as inline headings. */
function inlineLabels(text: string): string[] {
  if (!text.includes(':')) return [];
  const labels: string[] = [];
  INLINE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_LABEL.exec(text)) !== null) labels.push(m[1]!.trim());
  return labels;
}

/** What every element's pass needs about a passage, computed once. */
interface PassageInfo {
  withHeader: string;
  headingTitle: string;
  labels: string[];
  lead: Passage | undefined;
}

/** For a list item or table row: the paragraph that introduces the list ("We evaluated:"). */
function leadIns(doc: SegmentedDocument): (Passage | undefined)[] {
  const result: (Passage | undefined)[] = [];
  let lead: Passage | undefined;
  for (const p of doc.passages) {
    if (p.kind === 'list-item' || p.kind === 'table-row')
      result.push(lead && lead.headingIndex === p.headingIndex ? lead : undefined);
    else {
      result.push(undefined);
      lead = p.kind === 'paragraph' ? p : undefined;
    }
  }
  return result;
}

const inRanges = (ranges: [number, number][], offset: number): boolean =>
  ranges.some(([a, b]) => offset >= a && offset < b);

function headingOwners(doc: SegmentedDocument): Set<ElementId>[] {
  return doc.headings.map(
    (h) => new Set(ELEMENTS.filter((e) => safeTest(e.headings, h.title)).map((e) => e.id)),
  );
}

function toEvidence(p: Passage, role: EvidencePassage['role']): EvidencePassage {
  return { start: p.start, end: p.end, snippet: p.text, kind: p.kind, role };
}

function analyseElement(
  doc: SegmentedDocument,
  def: ElementDefinition,
  context: { owners: Set<ElementId>[]; infos: PassageInfo[]; deliverableHeading: RegExp | null },
  maxPassages: number,
): ElementResult {
  const ownSections = doc.sections.filter((s) => safeTest(def.headings, s.heading.title));
  const ranges: [number, number][] = ownSections.map((s) => [s.start, s.end]);
  const groupRanges = ownSectionRanges(doc, context.deliverableHeading);
  const scored: { passage: Passage; weight: number }[] = [];
  const mentions: Passage[] = [];
  let score = 0;
  doc.passages.forEach((p, index) => {
    const { withHeader, headingTitle, labels, lead } = context.infos[index]!;
    const cue =
      safeTest(def.cue, p.text) ||
      (withHeader !== p.text && safeTest(def.cue, withHeader)) ||
      (lead !== undefined && safeTest(def.cue, lead.text));
    const inOwn =
      inRanges(ranges, p.start) || labels.some((label) => safeTest(def.headings, label));
    let weight = 0;
    if (inOwn && (def.sectionCueOptional || cue))
      weight = def.evidence(withHeader, true, headingTitle) * 2;
    else if (cue) {
      const owner = p.headingIndex >= 0 ? context.owners[p.headingIndex] : undefined;
      const ownedByOther = owner !== undefined && owner.size > 0 && !owner.has(def.id);
      const factor = inRanges(groupRanges, p.start)
        ? DELIVERABLE_SECTION_WEIGHT
        : ownedByOther
          ? OTHER_SECTION_WEIGHT
          : 1;
      weight = def.evidence(withHeader, false, headingTitle) * factor;
    }
    if (weight > 0) {
      scored.push({ passage: p, weight });
      score += weight;
    } else if (mentions.length < maxPassages && safeTest(def.mention, p.text)) mentions.push(p);
  });
  const min = def.min ?? 2;
  const headingPassages: EvidencePassage[] = ownSections.map((s) => ({
    start: s.heading.start,
    end: s.heading.end,
    snippet: doc.text.slice(s.heading.start, s.heading.end),
    kind: 'heading' as const,
    role: 'evidence' as const,
  }));
  let status: ElementStatus;
  if (score >= min) status = 'present';
  else if (score > 0 || ranges.length > 0 || mentions.length > 0) status = 'partial';
  else status = 'absent';
  const evidence = scored
    .slice()
    .sort((a, b) => b.weight - a.weight || a.passage.start - b.passage.start)
    .map((s) => toEvidence(s.passage, status === 'present' ? 'evidence' : 'mention'));
  const passages = [
    ...headingPassages.map((h) => (status === 'present' ? h : { ...h, role: 'mention' as const })),
    ...evidence,
    ...mentions.map((m) => toEvidence(m, 'mention')),
  ]
    .slice(0, maxPassages)
    .sort((a, b) => a.start - b.start);
  return {
    id: def.id,
    deliverable: def.deliverable,
    title: def.title,
    status,
    score: Math.round(score * 10) / 10,
    passages,
  };
}

/** Decision-record parts only count where a decision is actually recorded. */
function applyDecisionGate(results: Map<ElementId, ElementResult>): void {
  const outcome = results.get('decision-outcome');
  if (!outcome || outcome.status !== 'absent') return;
  for (const id of ['decision-context', 'consequences'] as const) {
    const r = results.get(id);
    if (r && r.status !== 'absent') results.set(id, { ...r, status: 'absent', passages: [] });
  }
}

function deliverableStatus(elements: ElementResult[]): ElementStatus {
  const present = elements.filter((e) => e.status === 'present').length;
  if (present >= Math.ceil(elements.length / 2)) return 'present';
  if (present > 0 || elements.some((e) => e.status === 'partial')) return 'partial';
  return 'absent';
}

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const maxPassages = options.maxPassages ?? 5;
  const doc = segmentDocument(text);
  const owners = headingOwners(doc);
  const leads = leadIns(doc);
  const infos: PassageInfo[] = doc.passages.map((p, i) => ({
    withHeader: p.tableHeader && p.tableHeader !== p.text ? `${p.tableHeader}\n${p.text}` : p.text,
    headingTitle: p.headingIndex >= 0 ? doc.headings[p.headingIndex]!.title : '',
    labels: inlineLabels(p.text),
    lead: leads[i],
  }));
  const results = new Map<ElementId, ElementResult>();
  for (const def of ELEMENTS) {
    const deliverableHeading = DELIVERABLES.find((d) => d.id === def.deliverable)?.headings ?? null;
    results.set(
      def.id,
      analyseElement(doc, def, { owners, infos, deliverableHeading }, maxPassages),
    );
  }
  applyDecisionGate(results);
  const { kind, reasons } = guessDocumentKind(doc, results);
  // Promotional copy claims features; it does not specify them.
  if (kind === 'marketing') {
    for (const [id, r] of results) {
      if (r.status === 'present')
        results.set(id, {
          ...r,
          status: 'partial',
          passages: r.passages.map((p) => ({ ...p, role: 'mention' as const })),
        });
    }
  }
  const elements = ELEMENTS.map((def) => results.get(def.id)!);
  const deliverables: DeliverableResult[] = DELIVERABLES.map((d) => {
    const els = d.elements.map((id) => results.get(id)!);
    return {
      id: d.id,
      title: d.title,
      status: deliverableStatus(els),
      presentCount: els.filter((e) => e.status === 'present').length,
      elements: els,
    };
  });
  return {
    kind,
    aiSignals: {
      namesModel: MODEL_WORDS.test(text),
      mentionsInjection: /\binjection\b|\bjailbreak/i.test(text),
    },
    kindReasons: reasons,
    wordCount: doc.wordCount,
    headings: doc.headings.map((h) => ({
      start: h.start,
      end: h.end,
      title: h.title,
      level: h.level,
    })),
    deliverables,
    elements,
  };
}

export function elementStatus(analysis: DocumentAnalysis, id: ElementId): ElementStatus {
  return analysis.elements.find((e) => e.id === id)?.status ?? 'absent';
}
