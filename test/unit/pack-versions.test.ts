import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import {
  deletePackVersion,
  listVersions,
  packFileText,
  PackVersionError,
} from '../../src/db/pack-usage';
import { packFileName } from '../../src/db/pack-file-name';
import {
  createPack,
  importPackFile,
  loadPackScoring,
  restoreShippedPacks,
  saveNewVersion,
  slugFromTitle,
} from '../../src/db/pack-versions';
import { toStoredPack } from '../../src/db/pack-repository';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { AT, makeCandidate, makeScorecard, makeTestPack } from '../fixtures/factories';
import { putScorecard } from '../../src/db/scorecard-store';

let db: ArchkitDatabase;
let counter = 0;
beforeEach(async () => {
  db = openDatabase(`pack-versions-${Date.now()}-${counter++}`);
  await db.packs.add(toStoredPack(makeTestPack(), 'user', AT));
});
afterEach(async () => {
  await db.delete();
});

async function useVersion(version: number) {
  await db.candidates.add({ ...makeCandidate({ id: `c${version}` }), updatedAt: AT });
  await putScorecard(
    db,
    makeScorecard({
      id: `s${version}`,
      candidateId: `c${version}`,
      moduleId: 'm1',
      packVersion: version,
    }),
  );
}

describe('saving an edited pack', () => {
  it('stores a new version (the highest + 1) and leaves the edited one as it was', async () => {
    const v2 = await saveNewVersion(db, { ...makeTestPack(), title: 'Second' }, AT);
    expect(v2.version).toBe(2);
    expect(v2.key).toBe('test-pack@2');
    expect(v2.source).toBe('user');
    // Edited from version 1 again: still a new version after the highest.
    const v3 = await saveNewVersion(db, { ...makeTestPack(), title: 'Third' }, AT);
    expect(v3.version).toBe(3);
    expect((await db.packs.get('test-pack@1'))?.title).toBe('Test pack');
    expect((await listVersions(db, 'test-pack')).map((p) => [p.version, p.title])).toEqual([
      [1, 'Test pack'],
      [2, 'Second'],
      [3, 'Third'],
    ]);
  });

  it('refuses the same content as the newest version, and an invalid pack', async () => {
    await expect(saveNewVersion(db, makeTestPack())).rejects.toThrow(
      'Nothing changed: version 1 already has this content.',
    );
    const threeLevels = makeTestPack();
    threeLevels.modules[0]!.criteria[0]!.levels = ['a', 'b', 'c'];
    await expect(saveNewVersion(db, threeLevels)).rejects.toThrow(
      'modules[0].criteria[0].levels: must have exactly four anchored levels (1 to 4)',
    );
    expect(await db.packs.count()).toBe(1);
  });

  it('gives a new pack its own id from its title, version 1, never reusing a taken id', async () => {
    expect(slugFromTitle('  Acme: Platform kit! ')).toBe('acme-platform-kit');
    expect(slugFromTitle('Équipe données')).toBe('equipe-donnees');
    expect(slugFromTitle('???')).toBe('pack');
    const clone = await createPack(db, { ...makeTestPack(), title: 'Test pack' }, AT);
    expect(clone.key).toBe('test-pack-2@1');
    const again = await createPack(db, { ...makeTestPack({ version: 4 }), title: 'Test pack' }, AT);
    expect(again.key).toBe('test-pack-3@1');
    expect((await db.packs.get('test-pack@1'))?.title).toBe('Test pack');
  });
});

describe('deleting a pack version', () => {
  it('deletes a version no scorecard uses', async () => {
    await saveNewVersion(db, { ...makeTestPack(), title: 'Second' });
    await deletePackVersion(db, 'test-pack', 2);
    expect(await db.packs.get('test-pack@2')).toBeUndefined();
  });

  it('refuses a version a scorecard uses, inside the transaction, and keeps it', async () => {
    await useVersion(1);
    const refusal = deletePackVersion(db, 'test-pack', 1);
    await expect(refusal).rejects.toBeInstanceOf(PackVersionError);
    await expect(deletePackVersion(db, 'test-pack', 1)).rejects.toThrow(
      'Version 1 of "test-pack" cannot be deleted: 1 scorecard uses it.',
    );
    expect(await db.packs.get('test-pack@1')).toBeDefined();
  });

  it('says so when the version does not exist', async () => {
    await expect(deletePackVersion(db, 'test-pack', 5)).rejects.toThrow(
      'There is no pack "test-pack" version 5 to delete.',
    );
  });
});

describe('pack files', () => {
  it('exports the pack without the storage fields, named like rubrics/', async () => {
    const stored = (await db.packs.get('test-pack@1'))!;
    expect(packFileName(stored)).toBe('test-pack.v1.json');
    const text = packFileText(stored);
    expect(JSON.parse(text)).toEqual(makeTestPack());
    expect(text).not.toContain('storedAt');
  });

  it('imports a new pack, and is a no-op for the same content (even with $schema, keys reordered)', async () => {
    const v2 = { ...makeTestPack({ version: 2, title: 'Imported' }) };
    const added = await importPackFile(db, JSON.stringify(v2), AT);
    expect(added.status).toBe('added');
    expect((await db.packs.get('test-pack@2'))?.source).toBe('imported');

    const reordered = Object.fromEntries(Object.entries(v2).reverse());
    const again = await importPackFile(
      db,
      JSON.stringify({ $schema: './rubric-pack.schema.json', ...reordered }),
    );
    expect(again.status).toBe('already-here');
    expect(await db.packs.count()).toBe(2);
  });

  it('refuses a pack with an existing id and version but different content', async () => {
    const result = await importPackFile(db, JSON.stringify(makeTestPack({ title: 'Changed' })));
    expect(result).toEqual({
      status: 'refused',
      problem: {
        path: 'version',
        message:
          'pack "test-pack" version 1 is already here with different content; give the changed pack a new version number',
      },
    });
    expect((await db.packs.get('test-pack@1'))?.title).toBe('Test pack');
  });

  it('refuses an invalid file with the same path and message as rubrics/', async () => {
    const threeLevels = makeTestPack({ version: 3 });
    threeLevels.modules[1]!.criteria[0]!.levels = ['a', 'b', 'c'];
    expect(await importPackFile(db, JSON.stringify(threeLevels))).toEqual({
      status: 'refused',
      problem: {
        path: 'modules[1].criteria[0].levels',
        message: 'must have exactly four anchored levels (1 to 4)',
      },
    });
    const notJson = await importPackFile(db, '{ nope');
    expect(notJson.status === 'refused' && notJson.problem.path).toBe('(the whole file)');
    expect(await db.packs.count()).toBe(1);
  });
});

describe('restoring the default pack', () => {
  it('re-adds a deleted default pack version, then does nothing', async () => {
    await seedShippedPacks(db, SHIPPED_PACKS);
    await deletePackVersion(db, 'ai-architect-default', 1);
    expect(await db.packs.get('ai-architect-default@1')).toBeUndefined();

    expect(await restoreShippedPacks(db, SHIPPED_PACKS, AT)).toEqual({
      restored: ['ai-architect-default@1'],
      alreadyHere: [],
    });
    const restored = (await db.packs.get('ai-architect-default@1'))!;
    expect(restored.source).toBe('shipped');
    expect('$schema' in restored).toBe(false);
    expect(restored.modules).toHaveLength(4);

    expect(await restoreShippedPacks(db, SHIPPED_PACKS)).toEqual({
      restored: [],
      alreadyHere: ['ai-architect-default@1'],
    });
  });

  it('never overwrites a stored pack with the same id and version', async () => {
    await db.packs.add(
      toStoredPack(
        { ...makeTestPack(), id: 'ai-architect-default', title: 'Mine' },
        'imported',
        AT,
      ),
    );
    const result = await restoreShippedPacks(db, SHIPPED_PACKS);
    expect(result.restored).toEqual([]);
    expect((await db.packs.get('ai-architect-default@1'))?.title).toBe('Mine');
  });
});

describe('the scoring of a pack, for the what-if', () => {
  it('loads every version, the scorecards of any version and their candidates', async () => {
    await saveNewVersion(db, { ...makeTestPack(), title: 'Second' });
    await useVersion(1);
    await useVersion(2);
    await putScorecard(
      db,
      makeScorecard({ id: 'other', candidateId: 'c1', moduleId: 'm1', packId: 'other-pack' }),
    );
    const scoring = await loadPackScoring(db, 'test-pack');
    expect(scoring.versions.map((p) => p.version)).toEqual([1, 2]);
    expect(scoring.scorecards.map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(scoring.candidates.map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});
