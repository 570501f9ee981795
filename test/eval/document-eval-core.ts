// Measures the document analyser against the labelled set in test/fixtures/documents.
// Positive class: "present". Partial and absent are both "not present" for precision, recall
// and F1; how often a labelled "partial" is also predicted "partial" is reported separately.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, type ElementStatus } from '../../src/domain/document-analysis';
import { ELEMENT_IDS, type ElementId } from '../../src/domain/document-analysis-catalogue';
import type { DocumentKind } from '../../src/domain/document-analysis-kind';

export const DOCUMENTS_DIR = join(import.meta.dirname, '..', 'fixtures', 'documents');

interface LabelEntry {
  kind: DocumentKind;
  heldOut: boolean;
  present: ElementId[];
  partial: ElementId[];
}

export interface LabelledDocument {
  file: string;
  kind: DocumentKind;
  heldOut: boolean;
  expected: Record<ElementId, ElementStatus>;
  text: string;
}

export function loadLabelledDocuments(dir = DOCUMENTS_DIR): LabelledDocument[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    documents: Record<string, LabelEntry>;
  };
  return Object.entries(labels.documents).map(([file, entry]) => {
    const expected = Object.fromEntries(ELEMENT_IDS.map((id) => [id, 'absent'])) as Record<
      ElementId,
      ElementStatus
    >;
    for (const id of entry.partial) expected[id] = 'partial';
    for (const id of entry.present) expected[id] = 'present';
    return {
      file,
      kind: entry.kind,
      heldOut: entry.heldOut,
      expected,
      text: readFileSync(join(dir, file), 'utf8'),
    };
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function scoresOf(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface Mismatch {
  file: string;
  element: ElementId;
  expected: ElementStatus;
  predicted: ElementStatus;
}

export interface EvalReport {
  documents: number;
  perElement: Record<ElementId, Scores>;
  overall: Scores;
  heldOut: Scores & { documents: number };
  tuning: Scores & { documents: number };
  partialAccuracy: { labelledPartial: number; predictedPartial: number };
  threeClassAccuracy: number;
  kindAccuracy: number;
  kindErrors: { file: string; expected: DocumentKind; predicted: DocumentKind }[];
  readmesJudgedArchitecture: string[];
  mismatches: Mismatch[];
  slowestMs: number;
}

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

function add(c: Counts, expected: ElementStatus, predicted: ElementStatus): void {
  const e = expected === 'present';
  const p = predicted === 'present';
  if (e && p) c.tp += 1;
  else if (!e && p) c.fp += 1;
  else if (e && !p) c.fn += 1;
  else c.tn += 1;
}

export function runEval(docs: LabelledDocument[] = loadLabelledDocuments()): EvalReport {
  const perElement = Object.fromEntries(ELEMENT_IDS.map((id) => [id, emptyCounts()])) as Record<
    ElementId,
    Counts
  >;
  const overall = emptyCounts();
  const held = emptyCounts();
  const tuning = emptyCounts();
  let labelledPartial = 0;
  let predictedPartial = 0;
  let agree = 0;
  let total = 0;
  let kindRight = 0;
  let slowestMs = 0;
  const kindErrors: EvalReport['kindErrors'] = [];
  const readmesJudgedArchitecture: string[] = [];
  const mismatches: Mismatch[] = [];
  for (const doc of docs) {
    const t0 = performance.now();
    const analysis = analyzeDocument(doc.text);
    slowestMs = Math.max(slowestMs, performance.now() - t0);
    if (analysis.kind === doc.kind) kindRight += 1;
    else kindErrors.push({ file: doc.file, expected: doc.kind, predicted: analysis.kind });
    if (doc.kind === 'engineering-readme' && analysis.kind === 'architecture-document')
      readmesJudgedArchitecture.push(doc.file);
    for (const element of analysis.elements) {
      const expected = doc.expected[element.id];
      const predicted = element.status;
      add(perElement[element.id], expected, predicted);
      add(overall, expected, predicted);
      add(doc.heldOut ? held : tuning, expected, predicted);
      total += 1;
      if (expected === predicted) agree += 1;
      else mismatches.push({ file: doc.file, element: element.id, expected, predicted });
      if (expected === 'partial') {
        labelledPartial += 1;
        if (predicted === 'partial') predictedPartial += 1;
      }
    }
  }
  return {
    documents: docs.length,
    perElement: Object.fromEntries(
      ELEMENT_IDS.map((id) => [id, scoresOf(perElement[id])]),
    ) as Record<ElementId, Scores>,
    overall: scoresOf(overall),
    heldOut: { ...scoresOf(held), documents: docs.filter((d) => d.heldOut).length },
    tuning: { ...scoresOf(tuning), documents: docs.filter((d) => !d.heldOut).length },
    partialAccuracy: { labelledPartial, predictedPartial },
    threeClassAccuracy: total === 0 ? 1 : agree / total,
    kindAccuracy: docs.length === 0 ? 1 : kindRight / docs.length,
    kindErrors,
    readmesJudgedArchitecture,
    mismatches,
    slowestMs,
  };
}

export const F1_TARGET = 0.85;
