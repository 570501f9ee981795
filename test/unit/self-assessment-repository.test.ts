import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import { loadSelfAssessment, saveSelfAssessment } from '../../src/db/self-assessment-repository';
import { emptySelfAssessment, type SelfAssessment } from '../../src/domain/self-assessment-schema';
import { MAX_SKETCH_ELEMENTS, MAX_SKETCH_SVG } from '../../src/domain/sketch-schema';

const NOW = '2026-11-23T10:00:00.000Z';
const boxes = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `box-${i}`, type: 'rectangle' }));

let db: ArchkitDatabase;
let counter = 0;
beforeEach(() => {
  db = openDatabase(`self-assessment-${Date.now()}-${counter++}`);
});
afterEach(async () => {
  await db.delete();
});

const withDrawing = (drawing: { elements: { id: string; type: string }[]; svg?: string }) =>
  ({
    ...emptySelfAssessment({ id: 'ai-architect-default', version: 1 }, NOW),
    answers: { 'failure-mode#0': 'A retry storm' },
    sketchNotes: { 'live-sketch': 'Gateway, retriever' },
    sketchScenarios: { 'live-sketch': 'ls-scenario-research-rag' },
    sketchDrawings: { 'live-sketch': drawing },
  }) satisfies SelfAssessment;

describe('saving the self-assessment', () => {
  it('keeps the scenario practised', async () => {
    await saveSelfAssessment(db, withDrawing({ elements: boxes(3) }));
    expect((await loadSelfAssessment(db))?.sketchScenarios).toEqual({
      'live-sketch': 'ls-scenario-research-rag',
    });
  });

  it('saves everything else when a drawing is too large, keeping the drawing last saved', async () => {
    expect(await saveSelfAssessment(db, withDrawing({ elements: boxes(3) }))).toEqual({
      droppedDrawings: [],
    });

    const tooMany = withDrawing({ elements: boxes(MAX_SKETCH_ELEMENTS + 1) });
    tooMany.answers['failure-mode#0'] = 'A retry storm, then a fallback';
    expect(await saveSelfAssessment(db, tooMany)).toEqual({ droppedDrawings: ['live-sketch'] });
    const saved = await loadSelfAssessment(db);
    expect(saved?.answers['failure-mode#0']).toBe('A retry storm, then a fallback');
    expect(saved?.sketchNotes['live-sketch']).toBe('Gateway, retriever');
    expect(saved?.sketchDrawings?.['live-sketch']?.elements).toHaveLength(3);
  });

  it('saves the rest when the first drawing is already too large to keep', async () => {
    const hugePicture = withDrawing({ elements: boxes(1), svg: 'x'.repeat(MAX_SKETCH_SVG + 1) });
    expect(await saveSelfAssessment(db, hugePicture)).toEqual({ droppedDrawings: ['live-sketch'] });
    const saved = await loadSelfAssessment(db);
    expect(saved?.answers['failure-mode#0']).toBe('A retry storm');
    expect(saved?.sketchDrawings).toEqual({});
  });

  it('loads a stored record whose drawing is over the bounds, without that drawing', async () => {
    await db.meta.put({
      key: 'selfAssessment',
      value: withDrawing({ elements: boxes(MAX_SKETCH_ELEMENTS + 1) }),
      updatedAt: NOW,
    });
    const loaded = await loadSelfAssessment(db);
    expect(loaded?.answers['failure-mode#0']).toBe('A retry storm');
    expect(loaded?.sketchDrawings).toEqual({});
  });
});
