import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { packKeyFromFileName } from '../../src/db/pack-file-name';
import { makePack } from '../fixtures/packs';

let db: ArchkitDatabase;
let counter = 0;
function freshDb() {
  db = openDatabase(`seed-test-${Date.now()}-${counter++}`);
  return db;
}
afterEach(async () => {
  await db?.delete();
});

const shipped = (version: number, title = `Pack v${version}`) => ({
  key: `test-pack@${version}`,
  load: async () => ({ $schema: './rubric-pack.schema.json', ...makePack({ version, title }) }),
});

describe('seeding the shipped packs', () => {
  it('stores the shipped packs on first start, without the $schema pointer', async () => {
    const db = freshDb();
    expect(await seedShippedPacks(db, [shipped(1)])).toEqual(['test-pack@1']);
    const stored = await db.packs.get('test-pack@1');
    expect(stored?.title).toBe('Pack v1');
    expect(stored?.source).toBe('shipped');
    expect(stored && '$schema' in stored).toBe(false);
  });

  it('adds a newly shipped version on a later start and leaves the user’s edits alone', async () => {
    const db = freshDb();
    await seedShippedPacks(db, [shipped(1)]);
    await db.packs.update('test-pack@1', { title: 'Renamed by the user' });
    await db.packs.add({
      ...makePack({ id: 'mine', title: 'Mine' }),
      key: 'mine@1',
      source: 'user',
      storedAt: 'x',
    });

    expect(await seedShippedPacks(db, [shipped(1, 'Shipped again'), shipped(2)])).toEqual([
      'test-pack@2',
    ]);
    expect((await db.packs.get('test-pack@1'))?.title).toBe('Renamed by the user');
    expect((await db.packs.get('mine@1'))?.title).toBe('Mine');
    expect(await db.packs.count()).toBe(3);
  });

  it('does not bring back a shipped version the user deleted', async () => {
    const db = freshDb();
    await seedShippedPacks(db, [shipped(1)]);
    await db.packs.delete('test-pack@1');
    expect(await seedShippedPacks(db, [shipped(1)])).toEqual([]);
    expect(await db.packs.count()).toBe(0);
  });

  it('does not load a pack file that was seeded before', async () => {
    const db = freshDb();
    await seedShippedPacks(db, [shipped(1)]);
    let loads = 0;
    await seedShippedPacks(db, [{ key: 'test-pack@1', load: async () => (loads++, makePack()) }]);
    expect(loads).toBe(0);
  });

  it('refuses to seed an invalid shipped pack and writes nothing', async () => {
    const db = freshDb();
    const broken = { key: 'test-pack@1', load: async () => ({ ...makePack(), modules: [] }) };
    await expect(seedShippedPacks(db, [broken])).rejects.toThrow(
      /modules: must have at least one module/,
    );
    expect(await db.packs.count()).toBe(0);
  });

  it('derives the pack key from the file name', () => {
    expect(packKeyFromFileName('../../rubrics/ai-architect-default.v1.json')).toBe(
      'ai-architect-default@1',
    );
    expect(packKeyFromFileName('rubrics/x.v12.json')).toBe('x@12');
    expect(packKeyFromFileName('rubrics/rubric-pack.schema.json')).toBeNull();
  });
});
