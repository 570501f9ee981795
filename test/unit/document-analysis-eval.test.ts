import { describe, expect, it } from 'vitest';
import { F1_TARGET, loadLabelledDocuments, runEval } from '../eval/document-eval-core';

describe('document analyser on the labelled set', () => {
  const docs = loadLabelledDocuments();
  const report = runEval(docs);

  it('has at least 24 labelled documents of every kind, 6 of them held out', () => {
    expect(docs.length).toBeGreaterThanOrEqual(24);
    expect(docs.filter((d) => d.heldOut).length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(docs.map((d) => d.kind));
    for (const kind of [
      'architecture-document',
      'adr',
      'engineering-readme',
      'runbook',
      'marketing',
      'other',
    ])
      expect(kinds).toContain(kind);
    expect(docs.filter((d) => d.kind === 'engineering-readme').length).toBeGreaterThanOrEqual(5);
  });

  it(`reaches an overall F1 of at least ${F1_TARGET} for "present"`, () => {
    expect(report.overall.f1).toBeGreaterThanOrEqual(F1_TARGET);
  });

  it('judges no engineering README an architecture document', () => {
    expect(report.readmesJudgedArchitecture).toEqual([]);
  });

  it('rarely claims an element that is not there (precision on held-out documents)', () => {
    // Recall on unseen documents is the known weakness (see LABELLING.md); a "present" claim
    // should still be right most of the time, since it pre-fills a rating.
    expect(report.heldOut.precision).toBeGreaterThanOrEqual(0.8);
  });
});
