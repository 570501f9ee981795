import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import { createCandidate } from '../../src/db/candidate-repository';
import { readCandidateRecords } from '../../src/db/candidate-records';
import { toStoredPack } from '../../src/db/pack-repository';
import { AT, makeScorecard, makeTestPack } from '../fixtures/factories';
import { putScorecard } from '../../src/db/scorecard-store';

let db: ArchkitDatabase;
let counter = 0;
const values = (packKey: string) => ({
  name: 'Ada',
  track: 'full-time' as const,
  claimedTitle: '',
  email: '',
  notes: '',
  packKey,
});
beforeEach(async () => {
  db = openDatabase(`candidate-records-${Date.now()}-${counter++}`);
  await db.packs.bulkAdd([
    toStoredPack(makeTestPack(), 'shipped', AT),
    toStoredPack(makeTestPack({ version: 2 }), 'shipped', AT),
    toStoredPack(makeTestPack({ id: 'acme', title: 'Acme' }), 'user', AT),
    toStoredPack(makeTestPack({ id: 'unused', title: 'Unused' }), 'user', AT),
  ]);
});
afterEach(async () => {
  await db.delete();
});

describe("reading one candidate's records", () => {
  it('reads the packs the candidate and their scorecards name, and no other', async () => {
    const id = await createCandidate(db, values('acme@1'), AT);
    await putScorecard(
      db,
      makeScorecard({
        id: 's1',
        candidateId: id,
        moduleId: 'm1',
        packId: 'test-pack',
        packVersion: 1,
      }),
    );
    const records = await readCandidateRecords(db, id);
    expect(records?.candidate.name).toBe('Ada');
    expect(records?.scorecards.map((card) => card.id)).toEqual(['s1']);
    expect([...records!.packs.keys()].sort()).toEqual(['acme@1', 'test-pack@1']);
    expect(records?.fallback).toBeNull();
  });

  it('falls back to the newest shipped pack when none they name is stored', async () => {
    const id = await createCandidate(db, values('gone@3'), AT);
    const records = await readCandidateRecords(db, id);
    expect(records?.packs.size).toBe(0);
    expect(records?.fallback).toMatchObject({ id: 'test-pack', version: 2 });
  });

  it('is null for a candidate who does not exist', async () => {
    expect(await readCandidateRecords(db, 'nobody')).toBeNull();
  });
});
