import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import { importPackFile } from '../../src/db/pack-versions';
import { parseRubricPackText } from '../../src/domain/rubric-validate';
import { makeTestPack } from '../fixtures/factories';
import { editPlanArb, hasForbiddenKey, mutate, planArb, prototypeIsClean } from './fuzz-mutations';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
export const PACK_FILES = 2_000;
const DEFAULT_PACK_FILES = 500;
const DATABASE_FILES = 400;

const DEFAULT_PACK: unknown = JSON.parse(
  readFileSync(new URL('../../rubrics/ai-architect-default.v1.json', import.meta.url), 'utf8'),
);
const tally = { files: 0, rejected: 0, accepted: 0, added: 0, refused: 0 };

function checkOne(valid: unknown, plan: Parameters<typeof mutate>[1]) {
  const text = mutate(valid, plan);
  tally.files++;
  const result = parseRubricPackText(text); // must not throw
  expect(prototypeIsClean()).toBe(true);
  if (result.ok) {
    tally.accepted++;
    expect(hasForbiddenKey(JSON.parse(text))).toBe(false);
  } else {
    tally.rejected++;
    expect(result.problem.message.length).toBeGreaterThan(0);
  }
}

async function snapshot(db: ArchkitDatabase): Promise<string> {
  return JSON.stringify(await db.packs.toArray());
}

describe('fuzzing rubric pack import with malformed files', () => {
  it(`accepts or rejects each of ${PACK_FILES} mutated test packs, never throwing`, () => {
    fc.assert(
      fc.property(planArb, (plan) => checkOne(makeTestPack(), plan)),
      { numRuns: PACK_FILES, seed: SEED },
    );
  });

  it(`and ${DEFAULT_PACK_FILES} mutated copies of the shipped default pack`, () => {
    fc.assert(
      fc.property(planArb, (plan) => checkOne(DEFAULT_PACK, plan)),
      { numRuns: DEFAULT_PACK_FILES, seed: SEED + 2 },
    );
    expect(tally.rejected).toBeGreaterThan((PACK_FILES + DEFAULT_PACK_FILES) * 0.6);
  });

  describe('through the database', () => {
    let db: ArchkitDatabase;
    beforeAll(async () => {
      db = openDatabase(`fuzz-pack-${Date.now()}`);
      await importPackFile(db, JSON.stringify(makeTestPack()));
    });
    afterAll(async () => {
      await db.delete();
      console.info(
        `pack fuzz: ${tally.files} malformed files (${tally.rejected} rejected, ${tally.accepted} accepted); ${tally.added} added, ${tally.refused} refused with nothing changed`,
      );
    });

    it(`adds one whole pack or changes nothing, for ${DATABASE_FILES} files`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(planArb, editPlanArb), async (plan) => {
          const text = mutate(makeTestPack({ version: 2 }), plan);
          tally.files++;
          const before = await snapshot(db);
          const count = await db.packs.count();
          const result = await importPackFile(db, text);
          if (result.status === 'added') {
            tally.added++;
            expect(await db.packs.count()).toBe(count + 1);
          } else {
            tally.refused++;
            expect(await snapshot(db)).toBe(before);
          }
        }),
        { numRuns: DATABASE_FILES, seed: SEED + 3 },
      );
      expect(tally.added).toBeGreaterThan(0);
    });
  });
});
