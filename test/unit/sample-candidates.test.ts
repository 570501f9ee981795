import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../src/domain/bundle-validate';
import { buildBundleReports, type ReportModel } from '../../src/domain/report-model';
import type { RubricPack } from '../../src/domain/rubric-schema';
import { parseRubricPackText } from '../../src/domain/rubric-validate';
import { SAMPLE_CANDIDATE_IDS, sampleBundle } from '../../src/domain/sample-candidates';

const parsed = parseRubricPackText(readFileSync('rubrics/ai-architect-default.v1.json', 'utf8'));
if (!parsed.ok) throw new Error(`${parsed.problem.path}: ${parsed.problem.message}`);
const pack: RubricPack = parsed.value;
const policy = pack.verdictPolicy;

const NOW = new Date('2026-11-23T10:00:00.000Z');
const bundle = sampleBundle(NOW);
const reports = buildBundleReports({ ...bundle, rubricPacks: [pack] });

function reportOf(candidateId: string): ReportModel {
  const found = reports.filter((r) => r.candidateId === candidateId);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('the sample candidates', () => {
  it('form a valid format-1 bundle against the default pack, carrying no pack of their own', () => {
    const result = validateBundle(bundle, { packs: [pack] });
    expect(result.ok ? 'ok' : `${result.problem.path}: ${result.problem.message}`).toBe('ok');
    expect(bundle.rubricPacks).toEqual([]);
    expect(pack.id).toBe('ai-architect-default');
    expect(pack.version).toBe(1);
  });

  it('are three candidates with stable ids, names, titles and tracks', () => {
    expect(bundle.candidates.map((c) => [c.id, c.track])).toEqual([
      ['sample-architect', 'full-time'],
      ['sample-mislabeled', 'full-time'],
      ['sample-borderline', 'fractional'],
    ]);
    expect(bundle.candidates.map((c) => c.id)).toEqual([...SAMPLE_CANDIDATE_IDS]);
    for (const candidate of bundle.candidates) {
      expect(candidate.name.trim()).not.toBe('');
      expect(candidate.claimedTitle).toMatch(/Architect/);
      expect(candidate.notes).toMatch(/^Fictional sample candidate\./);
    }
  });

  it('give exactly the three intended verdicts', () => {
    expect(reports.map((r) => [r.candidateId, r.packId, r.packVersion, r.verdict])).toEqual([
      ['sample-architect', 'ai-architect-default', 1, 'architect'],
      ['sample-mislabeled', 'ai-architect-default', 1, 'mislabeled-engineer'],
      ['sample-borderline', 'ai-architect-default', 1, 'borderline'],
    ]);
  });

  it('make the architect clear: high scores, no flag, a panel that agrees', () => {
    const report = reportOf('sample-architect');
    expect(report.rule).toBe('architect');
    expect(report.architectureScore!).toBeGreaterThanOrEqual(policy.architectMin + 10);
    expect(report.engineeringScore!).toBeGreaterThanOrEqual(policy.engineeringMin);
    expect(report.flagsRaised).toEqual([]);
    expect(report.disagreements).toEqual([]);
    expect(report.agreement!).toBeGreaterThan(0.6);
    expect(report.agreement!).toBeGreaterThan(reportOf('sample-borderline').agreement!);
  });

  it('make the mislabeled engineer strong on engineering, weak on architecture, with the gate raised', () => {
    const report = reportOf('sample-mislabeled');
    expect(report.engineeringScore!).toBeGreaterThanOrEqual(policy.engineeringMin);
    expect(report.architectureScore!).toBeLessThan(policy.mislabeledArchitectureMax);
    expect(report.rule).toBe('gate-flag');
    const raised = Object.fromEntries(report.flagsRaised.map((f) => [f.flagId, f]));
    expect(raised['no-architecture-document']?.effect).toBe('gate');
    expect(raised['no-architecture-document']?.raisedBy.length).toBeGreaterThanOrEqual(1);
    expect(raised['no-cost-numbers']?.effect).toBe('warn');
    expect(raised['vague-generalities']?.effect).toBe('warn');
  });

  it('put the borderline candidate between the thresholds, without a gate, with disagreements to debrief', () => {
    const report = reportOf('sample-borderline');
    expect(report.rule).toBe('borderline');
    expect(report.architectureScore!).toBeGreaterThanOrEqual(policy.mislabeledArchitectureMax);
    expect(report.architectureScore!).toBeLessThan(policy.architectMin);
    expect(report.flagsRaised.filter((f) => f.effect === 'gate')).toEqual([]);
    expect(report.disagreements.map((d) => d.criterionId)).toEqual([
      'dr-decision-records',
      'co-quality-evaluation',
    ]);
    for (const d of report.disagreements) {
      expect(d.levels[d.levels.length - 1]! - d.levels[0]!).toBeGreaterThanOrEqual(2);
    }
  });

  it('are fully scored by the same panel: every scorecard submitted, three per module per candidate', () => {
    expect(bundle.scorecards).toHaveLength(3 * 4 * 3);
    for (const card of bundle.scorecards) {
      expect(card.status).toBe('submitted');
      expect(card.submittedAt).toBe(card.updatedAt);
      expect(card.recommendation).not.toBeNull();
      expect(card.notes.trim()).not.toBe('');
      const module = pack.modules.find((m) => m.id === card.moduleId)!;
      // Every criterion of the module rated, each with its evidence, observed or not.
      expect(Object.keys(card.ratings).sort()).toEqual(module.criteria.map((c) => c.id).sort());
      for (const rating of Object.values(card.ratings)) expect(rating.evidence.trim()).not.toBe('');
    }
    for (const candidate of bundle.candidates) {
      for (const module of pack.modules) {
        const cards = bundle.scorecards.filter(
          (s) => s.candidateId === candidate.id && s.moduleId === module.id,
        );
        expect(cards.map((c) => c.interviewer).sort()).toEqual([
          'Ana Lima',
          'Priya Natarajan',
          'Tom Becker',
        ]);
      }
    }
    expect(
      bundle.scorecards.find((s) => s.id === 'sample-architect-failure-mode-priya')?.interviewer,
    ).toBe('Priya Natarajan');
    // A few "not observed", as in real interviews, but never a whole unscored module.
    const notObserved = bundle.scorecards
      .flatMap((s) => Object.values(s.ratings))
      .filter((r) => r.level === null);
    expect(notObserved.length).toBeGreaterThanOrEqual(3);
    for (const report of reports) expect(report.modules.every((m) => m.scored)).toBe(true);
  });

  it('are dated before `now` and derived from it, and are the same for the same `now`', () => {
    expect(bundle.exportedAt).toBe(NOW.toISOString());
    const stamps = [
      ...bundle.candidates.flatMap((c) => [c.createdAt, c.updatedAt!]),
      ...bundle.scorecards.flatMap((s) => [s.updatedAt, s.submittedAt!]),
    ];
    for (const stamp of stamps) expect(Date.parse(stamp)).toBeLessThan(NOW.getTime());
    expect(bundle.candidates[0]!.createdAt).toBe('2026-11-03T10:00:00.000Z');
    for (const card of bundle.scorecards) {
      const candidate = bundle.candidates.find((c) => c.id === card.candidateId)!;
      expect(Date.parse(card.submittedAt!)).toBeGreaterThan(Date.parse(candidate.createdAt));
    }

    expect(JSON.stringify(sampleBundle(new Date(NOW.getTime())))).toBe(JSON.stringify(bundle));
    const later = sampleBundle(new Date('2027-03-01T08:30:00.000Z'));
    expect(later.candidates[0]!.createdAt).toBe('2027-02-09T08:30:00.000Z');
    expect(later.scorecards.map((s) => s.ratings)).toEqual(bundle.scorecards.map((s) => s.ratings));
  });
});
