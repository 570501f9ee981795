import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import {
  eraseCandidates,
  getRetentionDays,
  previewPurge,
  setRetentionDays,
} from '../../src/db/retention';
import { decisionDate } from '../../src/db/retention-policy';
import { lastSubmittedAt } from '../../src/domain/candidate-summary';
import { exportBundle, importBundle } from '../../src/db/bundle-repository';
import { backupReminder, isQuotaError } from '../../src/db/storage-status';
import { makeBundle, makeCandidate, makeScorecard, ratings } from '../fixtures/factories';
import { countScorecards, readAllScorecards } from '../../src/db/scorecard-store';

let db: ArchkitDatabase;
let counter = 0;
const freshDb = () => (db = openDatabase(`retention-${Date.now()}-${counter++}`));
afterEach(async () => {
  await db?.delete();
});

const NOW = new Date('2026-11-23T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

/** Rejected 200 days ago, hired 10 days ago, still in interviews, and one with only a draft. */
function panel() {
  return makeBundle({
    candidates: [
      makeCandidate({ id: 'cand-rex', name: 'Rex Rejected', notes: 'Secret note about Rex' }),
      makeCandidate({ id: 'hired', name: 'Hana Hired' }),
      makeCandidate({ id: 'ongoing', name: 'Otto Ongoing' }),
    ],
    scorecards: [
      makeScorecard({
        id: 'rex-card-1',
        candidateId: 'cand-rex',
        moduleId: 'm1',
        ratings: ratings({ a1: 1 }),
        submittedAt: daysAgo(210),
        updatedAt: daysAgo(210),
        sketch: { elements: ['Rex drew a box'] },
        documents: [{ name: 'rex-design.pdf', text: 'Rex design doc' }],
      }),
      makeScorecard({
        id: 'rex-card-2',
        candidateId: 'cand-rex',
        moduleId: 'm2',
        interviewer: 'Bob',
        submittedAt: daysAgo(200),
        updatedAt: daysAgo(200),
      }),
      makeScorecard({
        id: 'h1',
        candidateId: 'hired',
        moduleId: 'm1',
        submittedAt: daysAgo(10),
        updatedAt: daysAgo(10),
      }),
      makeScorecard({
        id: 'o1',
        candidateId: 'ongoing',
        moduleId: 'm1',
        status: 'draft',
        submittedAt: undefined,
        updatedAt: daysAgo(400),
      }),
    ],
    audit: [
      {
        id: 'a-rex',
        candidateId: 'cand-rex',
        scorecardId: 'rex-card-1',
        actor: 'Ann',
        action: 'resubmitted',
        at: daysAgo(200),
        before: { notes: 'Rex said something' },
        after: { notes: 'Rex said more' },
      },
      { id: 'a-hana', candidateId: 'hired', actor: 'Ann', action: 'submitted', at: daysAgo(10) },
    ],
  } as Parameters<typeof makeBundle>[0]);
}

describe('the decision date', () => {
  it('is a recorded decision, else the last submitted scorecard; drafts decide nothing', () => {
    const cards = [
      { status: 'submitted' as const, submittedAt: daysAgo(30), updatedAt: daysAgo(30) },
      { status: 'submitted' as const, updatedAt: daysAgo(20) },
      { status: 'draft' as const, updatedAt: daysAgo(1) },
    ];
    expect(decisionDate({}, lastSubmittedAt(cards))).toBe(daysAgo(20));
    expect(decisionDate({ decidedAt: daysAgo(5) }, lastSubmittedAt(cards))).toBe(daysAgo(5));
    expect(decisionDate({ decidedAt: 'soon' }, lastSubmittedAt(cards))).toBe(daysAgo(20));
    expect(decisionDate({}, lastSubmittedAt([cards[2]!]))).toBeNull();
  });
});

describe('retention', () => {
  it('stores a period from 7 to 3650 days, or none', async () => {
    const db = freshDb();
    expect(await getRetentionDays(db)).toBeNull();
    await setRetentionDays(db, 180);
    expect(await getRetentionDays(db)).toBe(180);
    await expect(setRetentionDays(db, 3)).rejects.toThrow(/7 to 3650/);
    await expect(setRetentionDays(db, 1.5)).rejects.toThrow();
    expect(await getRetentionDays(db)).toBe(180);
    await setRetentionDays(db, null);
    expect(await getRetentionDays(db)).toBeNull();
  });

  it('previews exactly the candidates decided longer ago than the period', async () => {
    const db = freshDb();
    await importBundle(db, panel());
    expect(await previewPurge(db, 180, NOW)).toEqual([
      { id: 'cand-rex', name: 'Rex Rejected', decidedAt: daysAgo(200) },
    ]);
    expect((await previewPurge(db, 7, NOW)).map((c) => c.id)).toEqual(['cand-rex', 'hired']);
    expect(await previewPurge(db, 365, NOW)).toEqual([]);
    // The preview erases nothing.
    expect(await db.candidates.count()).toBe(3);
  });

  it('erases a candidate so that no trace of them is left anywhere in the database', async () => {
    const db = freshDb();
    await importBundle(db, panel());
    await db.meta.put({ key: 'currentInterviewer', value: 'Ann', updatedAt: daysAgo(1) });
    const due = await previewPurge(db, 180, NOW);
    await eraseCandidates(
      db,
      due.map((c) => c.id),
    );
    const everything = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    for (const trace of ['cand-rex', 'Rex', 'rex-design', 'rex-card', 'a-rex']) {
      expect(everything).not.toContain(trace);
    }
    // Everybody else is untouched.
    expect((await db.candidates.toArray()).map((c) => c.id).sort()).toEqual(['hired', 'ongoing']);
    expect((await readAllScorecards(db)).map((c) => c.id).sort()).toEqual(['h1', 'o1']);
    expect((await db.audit.toArray()).map((c) => c.id)).toEqual(['a-hana']);
    expect(await db.meta.get('currentInterviewer')).toBeDefined();
  });

  it('erases all the listed candidates or none', async () => {
    const db = freshDb();
    await importBundle(db, panel());
    const original = db.audit.where;
    let calls = 0;
    // The second candidate's erasure fails half-way: the first must come back too.
    db.audit.where = ((...args: Parameters<typeof original>) => {
      if (++calls === 2) throw new Error('disk failure');
      return original.apply(db.audit, args);
    }) as typeof original;
    await expect(eraseCandidates(db, ['cand-rex', 'hired'])).rejects.toThrow('disk failure');
    db.audit.where = original;
    expect(await db.candidates.count()).toBe(3);
    expect(await countScorecards(db)).toBe(4);
    expect(await db.audit.count()).toBe(2);
  });
});

describe('the audit log in exports', () => {
  it('travels in the bundle and imports once, whatever the number of imports', async () => {
    const source = freshDb();
    await importBundle(source, panel());
    const exported = await exportBundle(source, NOW.toISOString());
    expect(exported.audit.map((entry) => entry.id).sort()).toEqual(['a-hana', 'a-rex']);
    expect(exported.audit.find((entry) => entry.id === 'a-rex')).toMatchObject({
      actor: 'Ann',
      before: { notes: 'Rex said something' },
      after: { notes: 'Rex said more' },
    });
    const target = openDatabase(`retention-target-${counter++}`);
    try {
      const first = await importBundle(target, exported);
      expect(first.audit).toEqual({ added: 2, skipped: 0 });
      const second = await importBundle(target, exported);
      expect(second.audit).toEqual({ added: 0, skipped: 2 });
      expect(await target.audit.count()).toBe(2);
      expect(await exportBundle(target, NOW.toISOString())).toEqual(exported);
    } finally {
      await target.delete();
    }
  });

  it('refuses a malformed audit log whole, before writing anything', async () => {
    const db = freshDb();
    const bad = { ...panel(), audit: [{ id: 'x', candidateId: 'hired', actor: 'Ann' }] };
    await expect(importBundle(db, bad)).rejects.toThrow('audit[0]: needs an actor and an action');
    const stranger = {
      ...panel(),
      audit: [{ id: 'x', candidateId: 'nobody', actor: 'A', action: 'submitted', at: daysAgo(1) }],
    };
    await expect(importBundle(db, stranger)).rejects.toThrow(/audit\[0\]\.candidateId/);
    expect(await db.candidates.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});

describe('backup reminders and quota errors', () => {
  it('reminds when there is data and no backup, or the last one is two weeks old', () => {
    expect(backupReminder({ lastExportAt: null, hasData: false, now: NOW })).toBeNull();
    expect(backupReminder({ lastExportAt: null, hasData: true, now: NOW })).toEqual({
      kind: 'never',
    });
    expect(backupReminder({ lastExportAt: daysAgo(13), hasData: true, now: NOW })).toBeNull();
    expect(backupReminder({ lastExportAt: daysAgo(15), hasData: true, now: NOW })).toEqual({
      kind: 'old',
      days: 15,
    });
  });

  it('recognises a full disk however the error is wrapped', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toBe(
      true,
    );
    expect(isQuotaError(new Error('The quota has been exceeded.'))).toBe(true);
    expect(isQuotaError(new Error('Key already exists'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
