import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import { importBundle, loadKnownRecords } from '../../src/db/bundle-repository';
import {
  checkBundleSize,
  MAX_BUNDLE_BYTES,
  parseBundleText,
  type KnownRecords,
} from '../../src/domain/bundle-validate';
import { validateBundleFile } from '../../src/features/settings/bundle-file-validation';
import {
  makeBundle,
  makeCandidate,
  makeScorecard,
  makeTestPack,
  workedExample,
} from '../fixtures/factories';
import { editPlanArb, hasForbiddenKey, mutate, planArb, prototypeIsClean } from './fuzz-mutations';
import { getScorecard } from '../../src/db/scorecard-store';

// A fixed seed keeps CI reproducible; FUZZ_SEED explores further locally.
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
export const BUNDLE_FILES = 5_000;
// Thousands of files take seconds; a busy CI machine running both suites needs room.
const FUZZ_TIME_LIMIT = 60_000;
const DATABASE_FILES = 1_000;

/** The valid file every malformed one starts from: packs, candidates, scorecards, audit. */
const VALID = {
  ...workedExample(),
  audit: [
    {
      id: 'a1',
      candidateId: 'c1',
      actor: 'Ann',
      action: 'submitted',
      at: '2026-11-23T10:00:00.000Z',
    },
  ],
};

const tally = {
  files: 0,
  rejected: 0,
  accepted: 0,
  imported: 0,
  refusedOnImport: 0,
  rolledBack: 0,
};

async function snapshot(db: ArchkitDatabase): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return JSON.stringify(tables);
}

describe('fuzzing bundle import with malformed files', () => {
  it(
    `accepts or rejects each of ${BUNDLE_FILES} files whole, never throwing`,
    () => {
      const known: KnownRecords = { packs: [makeTestPack()], candidateIds: ['c0'] };
      fc.assert(
        fc.property(planArb, (plan) => {
          const text = mutate(VALID, plan);
          tally.files++;
          const result = parseBundleText(text, known); // must not throw
          expect(prototypeIsClean()).toBe(true);
          if (result.ok) {
            tally.accepted++;
            // Nothing accepted may carry a key that could pollute a prototype later.
            expect(hasForbiddenKey(JSON.parse(text.replace(/^\ufeff/, '')))).toBe(false);
          } else {
            tally.rejected++;
            expect(result.problem.path).toEqual(expect.any(String));
            expect(result.problem.message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: BUNDLE_FILES, seed: SEED },
      );
      // Most mutations must break the file; a generator that breaks nothing tests nothing.
      expect(tally.rejected).toBeGreaterThan(BUNDLE_FILES * 0.6);
    },
    FUZZ_TIME_LIMIT,
  );

  describe('through the database', () => {
    let db: ArchkitDatabase;
    beforeAll(async () => {
      db = openDatabase(`fuzz-bundle-${Date.now()}`);
      // What a browser already holds: the pack the files name, and another candidate.
      await importBundle(
        db,
        makeBundle({
          candidates: [makeCandidate({ id: 'c0', name: 'Already here' })],
          scorecards: [makeScorecard({ id: 's0', candidateId: 'c0', moduleId: 'm1' })],
        }),
      );
    });
    afterAll(async () => {
      await db.delete();
      console.info(
        `bundle fuzz: ${tally.files} malformed files (${tally.rejected} rejected, ${tally.accepted} accepted); ` +
          `${tally.imported} imported, ${tally.refusedOnImport} refused by the import, ${tally.rolledBack} rolled back after an injected fault`,
      );
    });

    it(
      `writes all of an accepted file or nothing, for ${DATABASE_FILES} files, also when the disk fails half-way`,
      async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(planArb, editPlanArb),
            fc.nat({ max: 3 }),
            async (plan, fault) => {
              const text = mutate(VALID, plan);
              tally.files++;
              const before = await snapshot(db);
              const result = parseBundleText(text, await loadKnownRecords(db));
              if (!result.ok) {
                tally.rejected++;
                return;
              }
              tally.accepted++;
              // One file in four meets a failing disk on its last table write.
              const restore =
                fault === 0
                  ? vi
                      .spyOn(db.audit, 'bulkPut')
                      .mockRejectedValue(new Error('injected disk failure'))
                  : null;
              try {
                await importBundle(db, result.value);
                expect(restore).toBeNull();
                tally.imported++;
                for (const candidate of result.value.candidates) {
                  expect(await db.candidates.get(candidate.id)).toBeDefined();
                }
                for (const card of result.value.scorecards) {
                  expect(await getScorecard(db, card.id)).toBeDefined();
                }
              } catch {
                if (restore) tally.rolledBack++;
                else tally.refusedOnImport++;
                expect(await snapshot(db)).toBe(before);
              } finally {
                restore?.mockRestore();
              }
            },
          ),
          { numRuns: DATABASE_FILES, seed: SEED + 1 },
        );
        // Enough of them reach the database to mean something.
        expect(tally.imported).toBeGreaterThan(DATABASE_FILES / 25);
        expect(tally.refusedOnImport).toBeGreaterThan(DATABASE_FILES / 25);
        expect(tally.rolledBack).toBeGreaterThan(DATABASE_FILES / 40);
      },
      FUZZ_TIME_LIMIT,
    );
  });

  it('refuses a file over the size limit before reading a byte of it', async () => {
    const text = vi.fn(async () => '{}');
    const slice = vi.fn();
    const huge = { size: MAX_BUNDLE_BYTES + 1, text, slice } as unknown as Blob;
    const result = await validateBundleFile(huge, {});
    expect(result).toEqual({ ok: false, problem: checkBundleSize(MAX_BUNDLE_BYTES + 1) });
    expect(result.ok || result.problem.message).toMatch(/over the limit of 256 MB/);
    expect(text).not.toHaveBeenCalled();
    expect(slice).not.toHaveBeenCalled();
    // At the limit exactly, it is read.
    const fits = { size: 2, text } as unknown as Blob;
    await validateBundleFile(fits, {});
    expect(text).toHaveBeenCalledTimes(1);
  });
});
