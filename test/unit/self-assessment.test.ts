import { describe, expect, it } from 'vitest';
import defaultPackJson from '../../rubrics/ai-architect-default.v1.json';
import { rubricPackSchema } from '../../src/domain/rubric-schema';
import { readinessReport, selfScorecards } from '../../src/domain/self-assessment';
import { emptySelfAssessment, type SelfAssessment } from '../../src/domain/self-assessment-schema';

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
