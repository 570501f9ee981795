import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/domain/bundle-schema';
import { validateBundle } from '../../src/domain/bundle-validate';
import { TRACKS } from '../../src/domain/common-schema';
import { toReportJson } from '../../src/domain/report-json';
import { buildBundleReports } from '../../src/domain/report-model';
import type { RubricPack } from '../../src/domain/rubric-schema';
import type { Level, Rating, Scorecard } from '../../src/domain/scorecard-schema';
import { makeBundle, makeCandidate, makeScorecard, makeTestPack } from '../fixtures/factories';

const pack = makeTestPack();
const levelArb = fc.constantFrom<Level | null>(1, 2, 3, 4, null);

const scorecardArb = (candidateIds: string[]) =>
  fc
    .record({
      candidateId: fc.constantFrom(...candidateIds),
      moduleIndex: fc.nat({ max: pack.modules.length - 1 }),
      interviewer: fc.constantFrom('Ann', 'Bob', 'Cy', 'Dee'),
      status: fc.constantFrom<Scorecard['status']>('submitted', 'submitted', 'draft'),
      levels: fc.array(fc.option(levelArb, { nil: undefined }), { minLength: 3, maxLength: 3 }),
      flags: fc.subarray(['g1', 'w1', 'w2']),
      recommendation: fc.constantFrom<Scorecard['recommendation']>(
        'strong-no',
        'no',
        'yes',
        'strong-yes',
        null,
      ),
    })
    .map((r) => {
      const module = pack.modules[r.moduleIndex]!;
      const ratings: Record<string, Rating> = {};
      module.criteria.forEach((criterion, i) => {
        const level = r.levels[i];
        if (level !== undefined)
          ratings[criterion.id] = { level, evidence: `${r.interviewer} on ${criterion.id}` };
      });
      return { ...r, moduleId: module.id, ratings };
    });

const bundleArb: fc.Arbitrary<Bundle> = fc
  .uniqueArray(fc.constantFrom('c1', 'c2', 'c3'), { minLength: 1, maxLength: 3 })
  .chain((ids) =>
    fc.record({
      tracks: fc.array(fc.constantFrom(...TRACKS), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
      cards: fc.array(scorecardArb(ids), { maxLength: 14 }),
      ids: fc.constant(ids),
    }),
  )
  .map(({ ids, tracks, cards }) =>
    makeBundle({
      rubricPacks: [pack],
      candidates: ids.map((id, i) => makeCandidate({ id, track: tracks[i]! })),
      scorecards: cards.map(
        ({ candidateId, moduleId, interviewer, status, ratings, flags, recommendation }, i) =>
          makeScorecard({
            id: `s${i}`,
            candidateId,
            moduleId,
            interviewer,
            status,
            ratings,
            flags,
            recommendation,
          }),
      ),
    }),
  );

const json = (bundle: Bundle, packs?: RubricPack[]) =>
  buildBundleReports(packs ? { ...bundle, rubricPacks: packs } : bundle).map(toReportJson);

describe('scoring properties', () => {
  it('generates valid bundles', () => {
    fc.assert(fc.property(bundleArb, (bundle) => validateBundle(bundle).ok));
  });

  it('permuting scorecards changes nothing', () => {
    fc.assert(
      fc.property(
        bundleArb.chain((b) =>
          fc.tuple(
            fc.constant(b),
            fc.shuffledSubarray(b.scorecards, { minLength: b.scorecards.length }),
          ),
        ),
        ([bundle, shuffled]) => {
          expect(json({ ...bundle, scorecards: shuffled })).toEqual(json(bundle));
        },
      ),
    );
  });

  it('raising any level never lowers an axis score', () => {
    fc.assert(
      fc.property(bundleArb, fc.nat(), (bundle, pick) => {
        const raisable = bundle.scorecards.flatMap((card, s) =>
          Object.entries(card.ratings)
            .filter(([, r]) => r.level !== null && r.level < 4)
            .map(([criterionId]) => ({ s, criterionId })),
        );
        fc.pre(raisable.length > 0);
        const { s, criterionId } = raisable[pick % raisable.length]!;
        const card = bundle.scorecards[s]!;
        const rating = card.ratings[criterionId]!;
        const raised = {
          ...card,
          ratings: {
            ...card.ratings,
            [criterionId]: { ...rating, level: (rating.level! + 1) as Level },
          },
        };
        const after = json({
          ...bundle,
          scorecards: bundle.scorecards.map((c, i) => (i === s ? raised : c)),
        });
        json(bundle).forEach((before, r) => {
          for (const axis of ['architectureScore', 'engineeringScore'] as const) {
            if (before[axis] !== null)
              expect(after[r]![axis]!).toBeGreaterThanOrEqual(before[axis]!);
          }
        });
      }),
    );
  });

  it('a raised gate flag never yields architect', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const gated = bundle.scorecards.map((c) =>
          c.status === 'submitted' ? { ...c, flags: [...c.flags, 'g1'] } : c,
        );
        for (const report of buildBundleReports({ ...bundle, scorecards: gated })) {
          if (report.flagsRaised.some((f) => f.effect === 'gate'))
            expect(report.verdict).not.toBe('architect');
        }
      }),
    );
  });

  it('drafts never count', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const submittedOnly = bundle.scorecards.filter((c) => c.status === 'submitted');
        const reports = json(bundle);
        // Reports of candidates with only drafts exist either way, against the same pack.
        expect(json({ ...bundle, scorecards: submittedOnly })).toEqual(reports);
      }),
    );
  });

  it('null levels never count', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const withoutNulls = bundle.scorecards.map((c) => ({
          ...c,
          ratings: Object.fromEntries(
            Object.entries(c.ratings).filter(([, r]) => r.level !== null),
          ),
        }));
        expect(json({ ...bundle, scorecards: withoutNulls })).toEqual(json(bundle));
      }),
    );
  });

  it('track weights apply only to their track', () => {
    const unweighted = makeTestPack({ trackWeights: undefined });
    const reweighted = makeTestPack({
      trackWeights: undefined,
      modules: pack.modules.map((m) => (m.id === 'm2' ? { ...m, weight: 3 } : m)),
    });
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const withWeights = json(bundle);
        const plain = json(bundle, [unweighted]);
        const asIfWeighted = json(bundle, [reweighted]);
        const reports = buildBundleReports(bundle);
        reports.forEach((report, r) => {
          const expected = report.track === 'fractional' ? asIfWeighted[r] : plain[r];
          expect(withWeights[r]).toEqual(expected);
        });
      }),
    );
  });
});
