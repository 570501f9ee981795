import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import { importBundle } from '../../src/db/bundle-repository';
import {
  createCandidate,
  deleteCandidate,
  updateCandidate,
} from '../../src/db/candidate-repository';
import { deletePackVersion } from '../../src/db/pack-usage';
import { createPack, saveNewVersion } from '../../src/db/pack-versions';
import { toStoredPack } from '../../src/db/pack-repository';
import { eraseCandidates } from '../../src/db/retention';
import { reopenScorecard, saveDraft, submitScorecard } from '../../src/db/scorecard-repository';
import { seedShippedPacks } from '../../src/db/seed';
import {
  ensureSummariesCurrent,
  getSummary,
  listSummaries,
  loadScoringPacks,
  SUMMARY_REVISION,
} from '../../src/db/summary-repository';
import { writeSummaryRows } from '../../src/db/summary-pages';
import { summarizeAll } from '../../src/domain/candidate-summary';
import { startDatabase } from '../../src/app/startup';
import {
  AT,
  makeBundle,
  makeScorecard,
  makeTestPack,
  ratings,
  workedExample,
} from '../fixtures/factories';
import { OLD_DATABASES } from '../fixtures/old-databases/old-databases';
import { readAllScorecards } from '../../src/db/scorecard-store';

let opened: ArchkitDatabase[] = [];
let counter = 0;
function freshDb(): ArchkitDatabase {
  const db = openDatabase(`summaries-${Date.now()}-${counter++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

/** The cache must always equal the rows computed from scratch from the stored records. */
async function expectSummariesMatchRecords(db: ArchkitDatabase) {
  const { packs, fallback } = await loadScoringPacks(db);
  const expected = summarizeAll(
    await db.candidates.toArray(),
    await readAllScorecards(db),
    [...packs.values()],
    fallback,
  );
  const byId = (a: { candidateId: string }, b: { candidateId: string }) =>
    a.candidateId.localeCompare(b.candidateId);
  expect((await listSummaries(db)).sort(byId)).toEqual(expected.sort(byId));
}

const formValues = (name: string, packKey = 'test-pack@1') => ({
  name,
  track: 'full-time' as const,
  claimedTitle: 'AI Architect',
  email: '',
  notes: '',
  packKey,
});

describe('the cached candidate rows', () => {
  it('follow every write: candidates, drafts, submissions, reopening, deletion', async () => {
    const db = freshDb();
    await db.packs.add(toStoredPack(makeTestPack(), 'user', AT));
    const id = await createCandidate(db, formValues('Ada'), AT);
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, id))?.status).toBe('not-started');

    await updateCandidate(db, id, formValues('Ada Lovelace'), '2026-11-24T10:00:00.000Z');
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, id))?.name).toBe('Ada Lovelace');

    const draft = makeScorecard({
      id: 'card',
      candidateId: id,
      moduleId: 'm1',
      status: 'draft',
      ratings: ratings({ a1: 4, a2: 4, e1: 3 }),
    });
    await saveDraft(db, draft, '2026-11-24T11:00:00.000Z');
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, id))?.draftInterviewers).toEqual(['Ann']);

    await submitScorecard(db, draft, 'Ann', '2026-11-24T12:00:00.000Z');
    await expectSummariesMatchRecords(db);
    const submitted = await getSummary(db, id);
    expect(submitted).toMatchObject({ status: 'in-progress', draftInterviewers: [] });
    expect(submitted?.lastActivityAt).toBe('2026-11-24T12:00:00.000Z');

    await reopenScorecard(db, 'card', 'Ann', 'typo', '2026-11-24T13:00:00.000Z');
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, id))?.draftInterviewers).toEqual(['Ann']);

    await deleteCandidate(db, id);
    expect((await listSummaries(db)).length).toBe(0);
  });

  it('follow imports, merges and erasure', async () => {
    const db = freshDb();
    await importBundle(db, workedExample());
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, 'c1'))?.verdict).toBe('borderline');

    /** One m2 scorecard of c1's, merged from another laptop's bundle. */
    const mergeCard = (id: string, interviewer: string, level: 1 | 4, updatedAt: string) =>
      importBundle(
        db,
        makeBundle({
          candidates: [],
          scorecards: [
            makeScorecard({
              id,
              candidateId: 'c1',
              moduleId: 'm2',
              interviewer,
              ratings: ratings({ a3: level, e2: level }),
              updatedAt,
            }),
          ],
        }),
      );
    // A newer copy of one scorecard changes the verdict.
    await mergeCard('s3', 'Cy', 1, '2026-11-25T09:00:00.000Z');
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, 'c1'))?.architectureScore).not.toBeCloseTo(71.43, 2);

    // A card the candidate did not have yet (a fourth interviewer), beside the stored ones.
    const before = (await getSummary(db, 'c1'))!;
    await mergeCard('s-new', 'Dee', 4, '2026-11-26T09:00:00.000Z');
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, 'c1'))?.scorecardCount).toBe(before.scorecardCount + 1);

    await eraseCandidates(db, ['c1']);
    expect((await listSummaries(db)).length).toBe(0);
  });

  it('do not read back the scorecards of candidates an import has just added', async () => {
    const db = freshDb();
    const reads = vi.spyOn(db.scorecardPages, 'bulkGet');
    await importBundle(db, workedExample());
    // One read of pages: those the cards are merged into. None to compute the summaries.
    const pagesRead = reads.mock.calls.filter(([keys]) => keys.length > 0);
    expect(pagesRead).toHaveLength(1);
    await expectSummariesMatchRecords(db);
  });

  it('follow the packs a candidate is measured against', async () => {
    const db = freshDb();
    const pack = makeTestPack();
    // Chosen before the pack exists: measured against another pack until it arrives.
    const early = await createCandidate(db, formValues('Early', 'acme@1'), AT);
    await seedShippedPacks(db, [{ key: 'test-pack@1', load: async () => pack }], () => AT);
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, early))?.packKey).toBe('test-pack@1');

    const acme = await createPack(db, { ...pack, title: 'Acme' }, AT);
    expect(acme.key).toBe('acme@1');
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, early))?.packKey).toBe('acme@1');

    await saveNewVersion(db, { ...pack, title: 'Acme', id: 'acme', modules: pack.modules }, AT)
      .then(() => expect.fail('an unchanged pack is refused'))
      .catch((error: Error) => expect(error.name).toBe('PackVersionError'));
    await deletePackVersion(db, 'acme', 1);
    await expectSummariesMatchRecords(db);
    expect((await getSummary(db, early))?.packKey).toBe('test-pack@1');
  });
});

describe('keeping the cache current', () => {
  for (const version of [2, 3]) {
    it(`fills the rows of a database upgraded from version ${version} on the first start`, async () => {
      const fixture = OLD_DATABASES.find((old) => old.version === version)!;
      const name = `summaries-upgrade-${version}-${Date.now()}`;
      const old = openDatabase(name, { upTo: version });
      await old.open();
      for (const [table, rows] of Object.entries(fixture.tables))
        await old.table(table).bulkAdd([...rows]);
      old.close();

      const db = openDatabase(name);
      opened.push(db);
      expect(await startDatabase(db, { onVersionChange: () => {} })).toBeNull();
      expect((await listSummaries(db)).length).toBe(fixture.tables.candidates.length);
      await expectSummariesMatchRecords(db);
      expect((await db.meta.get('summaryRevision'))?.value).toBe(SUMMARY_REVISION);
      expect(await ensureSummariesCurrent(db)).toBe(false);
    });
  }

  it('rebuilds rows made by other scoring rules or missing for a candidate', async () => {
    const db = freshDb();
    await importBundle(db, workedExample());
    await db.meta.put({ key: 'summaryRevision', value: SUMMARY_REVISION - 1, updatedAt: AT });
    await writeSummaryRows(db, [{ ...(await getSummary(db, 'c1'))!, verdict: 'architect' }]);
    expect(await ensureSummariesCurrent(db)).toBe(true);
    await expectSummariesMatchRecords(db);

    // A candidate written past the cache (no code path does; an old bug might have).
    await db.candidates.add({ ...(await db.candidates.get('c1'))!, id: 'c-bypassed' });
    expect(await ensureSummariesCurrent(db)).toBe(true);
    await expectSummariesMatchRecords(db);
    expect(await ensureSummariesCurrent(db)).toBe(false);
  });
});
