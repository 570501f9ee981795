import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import {
  candidateToV2,
  LATEST_SCHEMA_VERSION,
  SCHEMA_HISTORY,
  scorecardToV2,
} from '../../src/db/schema-history';
import { startDatabase, BLOCKED_UPGRADE } from '../../src/app/startup';
import { OLD_DATABASES } from '../fixtures/old-databases/old-databases';
import {
  countScorecards,
  decodeScorecardPage,
  getScorecard,
  readAllScorecardRefs,
  readAllScorecards,
  readScorecardsOf,
  scorecardPageOf,
} from '../../src/db/scorecard-store';

const TABLES = ['packs', 'candidates', 'scorecards', 'audit', 'meta'] as const;
type Row = Record<string, unknown>;

let opened: ArchkitDatabase[] = [];
let counter = 0;
const uniqueName = () => `upgrade-${Date.now()}-${counter++}`;
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

/** What the latest schema must hold for a record saved by `version`. */
function expectedAfterUpgrade(table: string, row: Row, version: number): Row {
  let next = row;
  if (version < 2 && table === 'scorecards') next = scorecardToV2(next);
  if (version < 2 && table === 'candidates') next = candidateToV2(next);
  return next;
}

async function saveAsVersion(name: string, fixture: (typeof OLD_DATABASES)[number]) {
  const old = openDatabase(name, { upTo: fixture.version });
  await old.open();
  expect(old.verno).toBe(fixture.version);
  for (const table of TABLES) {
    // From version 5 scorecards have no table of their own: the fixture says how they were kept.
    if (table === 'scorecards' && 'scorecardStores' in fixture) {
      for (const [store, rows] of Object.entries(fixture.scorecardStores))
        await old.table(store).bulkAdd(rows);
    } else await old.table(table).bulkAdd([...fixture.tables[table]]);
  }
  old.close();
}

describe('upgrading a database saved by an earlier version', () => {
  it('has an upgrade function for every version after the first that reshapes records', () => {
    expect(SCHEMA_HISTORY.map((step) => step.version)).toEqual(
      Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    for (const step of SCHEMA_HISTORY.slice(1)) {
      if (!step.indexesOnly) expect(step.upgrade, `version ${step.version}`).toBeTypeOf('function');
    }
    // A fixture for every version before the latest.
    expect(OLD_DATABASES.map((fixture) => fixture.version)).toEqual(
      SCHEMA_HISTORY.slice(0, -1).map((step) => step.version),
    );
  });

  for (const fixture of OLD_DATABASES) {
    it(`finds every record of a version ${fixture.version} database, upgraded`, async () => {
      const name = uniqueName();
      await saveAsVersion(name, fixture);
      const db = openDatabase(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
      let found = 0;
      for (const table of TABLES) {
        const rows = fixture.tables[table] as readonly Row[];
        // Scorecards are kept in pages from version 5: read them as the app does.
        const stored: Row[] =
          table === 'scorecards' ? await readAllScorecards(db) : await db.table(table).toArray();
        expect(stored).toHaveLength(rows.length);
        const key = table === 'packs' ? 'key' : table === 'meta' ? 'key' : 'id';
        for (const row of rows) {
          const match = stored.find((candidate) => candidate[key] === row[key]);
          expect(match).toEqual(expectedAfterUpgrade(table, row, fixture.version));
          found++;
        }
      }
      // Each card is found from its id alone, through the map of ids, as edits find it.
      expect(await countScorecards(db)).toBe(fixture.tables.scorecards.length);
      for (const card of fixture.tables.scorecards)
        expect((await getScorecard(db, card.id))?.candidateId).toBe(card.candidateId);
      // Every fixture holds at least the nine records of version 1.
      expect(found).toBe(TABLES.reduce((sum, table) => sum + fixture.tables[table].length, 0));
      expect(found).toBeGreaterThanOrEqual(9);
    });
  }

  it('fills in the decision date of old submitted scorecards, so retention finds every decision', async () => {
    const name = uniqueName();
    await saveAsVersion(name, OLD_DATABASES[0]!);
    const db = openDatabase(name);
    opened.push(db);
    const decided = (await readAllScorecards(db)).filter((card) => card.submittedAt);
    expect(decided.map((card) => card.id).sort()).toEqual([
      'card-no-submitted-at',
      'card-submitted',
    ]);
    expect((await getScorecard(db, 'card-no-submitted-at'))?.submittedAt).toBe(
      '2026-01-06T09:00:00.000Z',
    );
    expect((await db.candidates.get('cand-old'))?.updatedAt).toBe('2026-01-03T09:00:00.000Z');
    const inOrder = await db.audit
      .where('[candidateId+at]')
      .between(['cand-old', Dexie.minKey], ['cand-old', Dexie.maxKey])
      .primaryKeys();
    expect(inOrder).toEqual(['audit-1']);
  });

  it("moves every scorecard into its candidate's page, each id mapped to candidate and pack", async () => {
    const name = uniqueName();
    const fixture = OLD_DATABASES.find((old) => old.version === 4)!;
    await saveAsVersion(name, fixture);
    const db = openDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.tables.map((table) => table.name)).not.toContain('scorecards');
    expect(await countScorecards(db)).toBe(fixture.tables.scorecards.length);
    for (const card of fixture.tables.scorecards) {
      expect(await getScorecard(db, card.id)).toEqual(card);
      const page = await db.scorecardPages.get(scorecardPageOf(card.candidateId));
      expect(decodeScorecardPage(page).map((stored) => stored.id)).toContain(card.id);
    }
    expect((await readScorecardsOf(db, 'cand-new')).map((card) => card.id).sort()).toEqual([
      'card-draft',
      'card-submitted',
    ]);
    const refs = await readAllScorecardRefs(db);
    expect(refs.get('card-draft')).toEqual({
      candidateId: 'cand-new',
      packId: fixture.tables.scorecards.find((card) => card.id === 'card-draft')!.packId,
      packVersion: fixture.tables.scorecards.find((card) => card.id === 'card-draft')!.packVersion,
    });
  });

  it('the version 2 transforms are pure and leave other records as they are', () => {
    const draft = { id: 'd', status: 'draft', updatedAt: 'u' };
    expect(scorecardToV2(draft)).toBe(draft);
    const card = { id: 's', status: 'submitted', updatedAt: 'u' };
    expect(scorecardToV2(card)).toEqual({ ...card, submittedAt: 'u' });
    expect(card).not.toHaveProperty('submittedAt');
    const withStamp = { id: 'c', createdAt: 'c0', updatedAt: 'u0' };
    expect(candidateToV2(withStamp)).toBe(withStamp);
  });

  it('explains an upgrade blocked by a tab that keeps the old version open, then finishes it', async () => {
    const name = uniqueName();
    await saveAsVersion(name, OLD_DATABASES[0]!);
    // An older Archkit tab: a raw connection that ignores "versionchange", as old code might.
    const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = openDatabase(name);
    opened.push(db);
    const told: string[] = [];
    const started = startDatabase(db, {
      onBlocked: (problem) => told.push(problem.title),
      onVersionChange: () => {},
    });
    await expect.poll(() => told, { timeout: 5_000 }).toEqual([BLOCKED_UPGRADE.title]);
    expect(BLOCKED_UPGRADE.title).toBe(
      'Archkit is open in another tab with an older version; close it to finish the upgrade.',
    );
    oldTab.close();
    expect(await started).toBeNull();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.candidates.count()).toBe(2);
  });
});
