import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/domain/report-model';
import type { RubricPack } from '../../src/domain/rubric-schema';
import { parseRubricPackText } from '../../src/domain/rubric-validate';
import type { Level } from '../../src/domain/scorecard-schema';
import { makeCandidate, makeScorecard, ratings } from '../fixtures/factories';

const parsed = parseRubricPackText(readFileSync('rubrics/ai-architect-default.v1.json', 'utf8'));
if (!parsed.ok) throw new Error(`${parsed.problem.path}: ${parsed.problem.message}`);
const pack: RubricPack = parsed.value;

/** One submitted scorecard per named module, every criterion at `level(criterion)`. */
function reportFor(
  moduleIds: string[],
  level: (id: string, signal: string) => Level,
  flags: string[] = [],
) {
  const cards = moduleIds.map((moduleId, i) => {
    const module = pack.modules.find((m) => m.id === moduleId)!;
    return makeScorecard({
      id: `s${i}`,
      candidateId: 'c',
      packId: pack.id,
      packVersion: pack.version,
      moduleId,
      interviewer: `Interviewer ${i}`,
      ratings: ratings(
        Object.fromEntries(module.criteria.map((c) => [c.id, level(c.id, c.signal)])),
      ),
      flags: flags.filter((f) => module.flags?.some((x) => x.id === f)),
    });
  });
  return computeReport(makeCandidate({ id: 'c', track: 'full-time' }), pack, cards);
}

const all = ['failure-mode', 'live-sketch', 'doc-review', 'cost-observability'];

describe('a report against the default pack', () => {
  it('computes a mixed full-time candidate by hand', () => {
    // Full-time weights: failure-mode 1.5, live-sketch 1.5, doc-review 1. Every criterion at
    // level 3 (66.67) except the architecture document at level 1 (0, weight 2):
    // architecture = (9.75 + 9.75 + 5) × 66.67 / 26.5 = 61.64; doc-review (both signals, engineering weight 1.5) = 6.5 × 66.67 / 8.5 = 50.98.
    const report = reportFor(['failure-mode', 'live-sketch', 'doc-review'], (id) =>
      id === 'dr-architecture-document' ? 1 : 3,
    );
    expect(report.architectureScore).toBeCloseTo((24.5 * 200) / 3 / 26.5, 10);
    expect(report.engineeringScore).toBeCloseTo(200 / 3, 10);
    expect(report.modules.find((m) => m.moduleId === 'doc-review')!.score).toBeCloseTo(
      1300 / 3 / 8.5,
      10,
    );
    expect(report.verdict).toBe('borderline');
    expect(report.weakestModuleId).toBe('doc-review');
  });

  it('tells the mislabeled engineer from the architect and the not-a-fit', () => {
    expect(reportFor(all, (_id, signal) => (signal === 'architecture' ? 1 : 4)).verdict).toBe(
      'mislabeled-engineer',
    );
    expect(reportFor(all, (_id, signal) => (signal === 'architecture' ? 4 : 3)).verdict).toBe(
      'architect',
    );
    expect(
      reportFor(all, (_id, signal) => (signal === 'architecture' ? 4 : 3), [
        'no-architecture-document',
      ]).verdict,
    ).toBe('mislabeled-engineer');
    expect(reportFor(all, () => 1).verdict).toBe('not-a-fit');
    // Doc review is required by the default policy.
    expect(reportFor(['failure-mode', 'live-sketch', 'cost-observability'], () => 4).verdict).toBe(
      'insufficient-evidence',
    );
  });
});
