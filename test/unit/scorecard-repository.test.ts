import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import { createCandidate } from '../../src/db/candidate-repository';
import { toStoredPack } from '../../src/db/pack-repository';
import {
  DraftChangedElsewhereError,
  saveDraft,
  ScorecardLockedError,
  startDraft,
  submitScorecard,
} from '../../src/db/scorecard-repository';
import { getSummary } from '../../src/db/summary-repository';
import type { Scorecard } from '../../src/domain/scorecard-schema';
import { AT, makeScorecard, makeTestPack, ratings } from '../fixtures/factories';
import { countScorecards, readAllScorecards, readScorecardsOf } from '../../src/db/scorecard-store';

let db: ArchkitDatabase;
let candidateId: string;
let counter = 0;
beforeEach(async () => {
  db = openDatabase(`scorecards-${Date.now()}-${counter++}`);
  await db.packs.add(toStoredPack(makeTestPack(), 'user', AT));
  candidateId = await createCandidate(
    db,
    {
      name: 'Ada',
      track: 'full-time',
      claimedTitle: 'AI Architect',
      email: '',
      notes: '',
      packKey: 'test-pack@1',
    },
    AT,
  );
});
afterEach(async () => {
  await db.delete();
});

/** What one tab's form holds when it first saves: a card under the id that tab made up. */
const firstDraft = (id: string, overrides: Partial<Scorecard> = {}) =>
  makeScorecard({ id, candidateId, moduleId: 'm1', status: 'draft', ...overrides });

describe('starting a scorecard', () => {
  it('makes one draft when two tabs start the same module at the same moment', async () => {
    const [first, second] = await Promise.all([
      startDraft(db, firstDraft('tab-1', { notes: 'from tab 1' }), '2026-11-24T10:00:00.000Z'),
      startDraft(db, firstDraft('tab-2', { notes: 'from tab 2' }), '2026-11-24T10:00:00.000Z'),
    ]);
    const cards = await readScorecardsOf(db, candidateId);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ status: 'draft', moduleId: 'm1', interviewer: 'Ann' });
    // Both tabs were handed the one card; only one of them wrote it.
    expect(first.scorecard.id).toBe(cards[0]!.id);
    expect(second.scorecard.id).toBe(cards[0]!.id);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    // The summaries cache was rewritten with the draft, as every scorecard write does.
    expect((await getSummary(db, candidateId))?.draftInterviewers).toEqual(['Ann']);
  });

  it('reuses the card already there, draft or submitted, without writing over it', async () => {
    await saveDraft(db, firstDraft('earlier', { notes: 'kept' }), '2026-11-24T09:00:00.000Z');
    const { scorecard, created } = await startDraft(db, firstDraft('later', { notes: 'new' }));
    expect(created).toBe(false);
    expect(scorecard).toMatchObject({ id: 'earlier', notes: 'kept' });
    expect(await countScorecards(db)).toBe(1);

    await submitScorecard(db, scorecard, 'Ann', '2026-11-24T09:30:00.000Z');
    const again = await startDraft(db, firstDraft('latest'));
    expect(again).toMatchObject({
      created: false,
      scorecard: { id: 'earlier', status: 'submitted' },
    });
    expect(await countScorecards(db)).toBe(1);
  });

  it('keeps separate cards for another interviewer, module or pack version', async () => {
    await Promise.all([
      startDraft(db, firstDraft('ann-m1')),
      startDraft(db, firstDraft('bo-m1', { interviewer: 'Bo' })),
      startDraft(db, firstDraft('ann-m2', { moduleId: 'm2' })),
      startDraft(db, firstDraft('ann-m1-v2', { packVersion: 2 })),
    ]);
    expect((await readAllScorecards(db)).map((card) => card.id).sort()).toEqual([
      'ann-m1',
      'ann-m1-v2',
      'ann-m2',
      'bo-m1',
    ]);
  });

  it('refuses to save or submit a second card for the same module and interviewer', async () => {
    const { scorecard } = await startDraft(db, firstDraft('tab-1', { notes: 'first' }));
    const second = firstDraft('tab-2', { ratings: ratings({ a1: 2 }) });

    const saving = saveDraft(db, second, undefined, null);
    await expect(saving).rejects.toBeInstanceOf(DraftChangedElsewhereError);
    await expect(saving).rejects.toMatchObject({ stored: { id: 'tab-1', notes: 'first' } });
    await expect(submitScorecard(db, second, 'Ann')).rejects.toBeInstanceOf(
      DraftChangedElsewhereError,
    );

    await submitScorecard(db, scorecard, 'Ann');
    await expect(saveDraft(db, second)).rejects.toBeInstanceOf(ScorecardLockedError);
    expect((await readAllScorecards(db)).map((card) => card.id)).toEqual(['tab-1']);
  });
});
