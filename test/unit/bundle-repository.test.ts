import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import { exportBundle, importBundle, loadKnownRecords } from '../../src/db/bundle-repository';
import { validateBundle } from '../../src/domain/bundle-validate';
import {
  makeBundle,
  makeCandidate,
  makeScorecard,
  makeTestPack,
  ratings,
  workedExample,
} from '../fixtures/factories';
import { countScorecards, getScorecard } from '../../src/db/scorecard-store';

let db: ArchkitDatabase;
let counter = 0;
const freshDb = () => (db = openDatabase(`bundle-repo-${Date.now()}-${counter++}`));
afterEach(async () => {
  await db?.delete();
});

const LATER = '2026-11-24T09:00:00.000Z';

async function counts(db: ArchkitDatabase) {
  return {
    packs: await db.packs.count(),
    candidates: await db.candidates.count(),
    scorecards: await countScorecards(db),
  };
}

describe('importing a bundle', () => {
  it('adds every record of a new bundle and reports what it added', async () => {
    const db = freshDb();
    const summary = await importBundle(db, workedExample());
    expect(summary.added).toEqual({ packs: 1, candidates: 1, scorecards: 4 });
    expect(await counts(db)).toEqual({ packs: 1, candidates: 1, scorecards: 4 });
  });

  it('changes nothing when the same file is imported twice', async () => {
    const db = freshDb();
    await importBundle(db, workedExample());
    const before = await exportBundle(db, 'now');
    const summary = await importBundle(db, workedExample());
    expect(summary.added).toEqual({ packs: 0, candidates: 0, scorecards: 0 });
    expect(summary.updated).toEqual({ packs: 0, candidates: 0, scorecards: 0 });
    expect(summary.skipped).toEqual({ packs: 1, candidates: 1, scorecards: 4 });
    expect(await exportBundle(db, 'now')).toEqual(before);
  });

  it('lets the newer updatedAt win, in both directions', async () => {
    const db = freshDb();
    await importBundle(db, workedExample());
    const newer = makeScorecard({
      id: 's1',
      candidateId: 'c1',
      moduleId: 'm1',
      ratings: ratings({ a1: 1 }),
      updatedAt: LATER,
    });
    const older = makeScorecard({
      id: 's2',
      candidateId: 'c1',
      moduleId: 'm1',
      ratings: ratings({ a1: 4 }),
      updatedAt: '2020-01-01T00:00:00.000Z',
    });
    const renamed = makeCandidate({ id: 'c1', name: 'Jane Q. Doe', updatedAt: LATER });
    const summary = await importBundle(
      db,
      makeBundle({ candidates: [renamed], scorecards: [newer, older] }),
    );

    expect(summary.updated).toMatchObject({ candidates: 1, scorecards: 1 });
    expect(summary.skipped).toMatchObject({ packs: 1, scorecards: 1 });
    expect((await getScorecard(db, 's1'))?.ratings.a1?.level).toBe(1);
    expect((await getScorecard(db, 's2'))?.ratings.a1?.level).toBe(2);
    expect((await db.candidates.get('c1'))?.name).toBe('Jane Q. Doe');
  });

  it('refuses a changed copy of a stored pack version and writes nothing at all', async () => {
    const db = freshDb();
    await importBundle(db, workedExample());
    const before = await exportBundle(db, 'now');
    const changed = makeTestPack({ title: 'Quietly edited' });
    const bundle = makeBundle({
      rubricPacks: [changed],
      candidates: [makeCandidate({ id: 'c2' })],
      scorecards: [makeScorecard({ id: 's9', candidateId: 'c2', moduleId: 'm1' })],
    });
    await expect(importBundle(db, bundle)).rejects.toThrow(
      /rubricPacks\[0\]: pack "test-pack" version 1 is already in this browser with different content/,
    );
    expect(await exportBundle(db, 'now')).toEqual(before);
  });

  it('reports progress up to the total number of records', async () => {
    const db = freshDb();
    const seen: number[] = [];
    await importBundle(db, workedExample(), (progress) =>
      seen.push(progress.done / progress.total),
    );
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('exporting', () => {
  it('exports a bundle that validates and re-imports into an empty browser unchanged', async () => {
    const source = freshDb();
    await importBundle(source, workedExample());
    const bundle = await exportBundle(source, '2026-11-23T12:00:00.000Z');
    const text = JSON.stringify(bundle);
    await source.delete();

    const parsed = validateBundle(JSON.parse(text));
    expect(parsed.ok).toBe(true);
    const target = freshDb();
    if (parsed.ok) await importBundle(target, parsed.value);
    expect(await exportBundle(target, '2026-11-23T12:00:00.000Z')).toEqual(bundle);
  });

  it('lets a bundle name records already in the app', async () => {
    const db = freshDb();
    await importBundle(db, workedExample());
    const onlyScorecard = makeBundle({
      rubricPacks: [],
      scorecards: [
        makeScorecard({
          id: 's10',
          candidateId: 'c1',
          moduleId: 'm2',
          interviewer: 'Eve',
          ratings: ratings({ a3: 3 }),
        }),
      ],
    });
    expect(validateBundle(onlyScorecard).ok).toBe(false);
    expect(validateBundle(onlyScorecard, await loadKnownRecords(db)).ok).toBe(true);
  });
});
