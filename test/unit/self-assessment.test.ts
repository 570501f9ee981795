import { describe, expect, it } from 'vitest';
import defaultPackJson from '../../rubrics/ai-architect-default.v1.json';
import { rubricPackSchema } from '../../src/domain/rubric-schema';
import { readinessReport, selfScorecards } from '../../src/domain/self-assessment';
import { readinessMarkdown } from '../../src/domain/self-assessment-markdown';
import {
  emptySelfAssessment,
  parseSelfAssessment,
  type SelfAssessment,
} from '../../src/domain/self-assessment-schema';
import { MAX_SKETCH_ELEMENTS } from '../../src/domain/sketch-schema';

const pack = rubricPackSchema.parse(defaultPackJson);
const NOW = '2026-11-23T10:00:00.000Z';

function ratedAll(level: 1 | 2 | 3 | 4, modules = pack.modules): SelfAssessment {
  const a = emptySelfAssessment(pack, NOW);
  for (const m of modules) for (const c of m.criteria) a.ratings[c.id] = { level, note: '' };
  return a;
}

describe('readiness report', () => {
  it('gives level-4 self-ratings on every module the verdict Architect, with nothing to practise', () => {
    const readiness = readinessReport(pack, ratedAll(4));
    expect(readiness.report.verdict).toBe('architect');
    expect(readiness.report.architectureScore).toBe(100);
    expect(readiness.plan).toEqual([]);
    expect(readiness.rated).toBe(24);
  });

  it('says the evidence is insufficient when only one module is rated', () => {
    const readiness = readinessReport(pack, ratedAll(3, pack.modules.slice(0, 1)));
    expect(readiness.report.verdict).toBe('insufficient-evidence');
    expect(selfScorecards(pack, ratedAll(3, pack.modules.slice(0, 1)))).toHaveLength(1);
  });

  it('scores level 1 everywhere as not an architect, with all 24 criteria to practise', () => {
    const readiness = readinessReport(pack, ratedAll(1));
    expect(readiness.report.architectureScore).toBe(0);
    expect(readiness.report.verdict).not.toBe('architect');
    expect(readiness.plan).toHaveLength(24);
    expect(readiness.plan[0]!.impact).toBe(6);
  });
});

const boxes = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `box-${i}`, type: 'rectangle' }));

describe('reading a stored self-assessment', () => {
  it('still loads a record from before drawings and scenarios were kept', () => {
    const old = {
      packId: pack.id,
      packVersion: 1,
      answers: { 'failure-mode#0': 'A retry storm' },
      ratings: {},
      sketchNotes: { 'live-sketch': 'Gateway' },
      updatedAt: NOW,
    };
    expect(parseSelfAssessment(old)).toEqual({ assessment: old, droppedDrawings: [] });
  });

  it('leaves out a drawing over the bounds and keeps everything else', () => {
    const assessment: SelfAssessment = {
      ...emptySelfAssessment(pack, NOW),
      answers: { 'failure-mode#0': 'A retry storm' },
      sketchNotes: { 'live-sketch': 'Gateway' },
      sketchScenarios: { 'live-sketch': 'ls-scenario-research-rag' },
      sketchDrawings: {
        'live-sketch': { elements: boxes(MAX_SKETCH_ELEMENTS + 1) },
        'doc-review': { elements: boxes(2) },
      },
    };
    const parsed = parseSelfAssessment(assessment);
    expect(parsed?.droppedDrawings).toEqual(['live-sketch']);
    expect(parsed?.assessment).toEqual({
      ...assessment,
      sketchDrawings: { 'doc-review': { elements: boxes(2) } },
    });
  });

  it('refuses a record whose other parts are invalid', () => {
    expect(parseSelfAssessment({ ...emptySelfAssessment(pack, NOW), answers: 'no' })).toBeNull();
    expect(parseSelfAssessment(null)).toBeNull();
  });
});

describe('the readiness report in Markdown', () => {
  it('says which sketches were drawn, their size and scenario, without the drawing', () => {
    const assessment: SelfAssessment = {
      ...ratedAll(3),
      sketchScenarios: { 'live-sketch': 'ls-scenario-research-rag' },
      sketchDrawings: {
        'live-sketch': {
          elements: boxes(12),
          svg: '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
        },
        'doc-review': { elements: boxes(1) },
      },
    };
    const markdown = readinessMarkdown(readinessReport(pack, assessment), '2026-11-23');
    expect(markdown).toContain('## Practice sketches');
    expect(markdown).toContain(
      '- **Live sketch: how would you approach our system**: you drew a sketch of 12 elements for the scenario “RAG over 40,000 internal research documents”.',
    );
    expect(markdown).toContain(
      '- **Document review: an architecture document they wrote**: you drew a sketch of 1 element.',
    );
    expect(markdown).not.toContain('<svg');
    expect(markdown).not.toContain('<rect');
  });

  it('has no sketch section when nothing was drawn', () => {
    const markdown = readinessMarkdown(readinessReport(pack, ratedAll(3)), '2026-11-23');
    expect(markdown).not.toContain('## Practice sketches');
    expect(markdown).not.toContain('you drew a sketch');
  });
});
