import type { ArchkitDatabase, StoredCandidate, StoredPack } from './database';
import { fromStoredPack, toStoredPack } from './pack-repository';
import { listVersions, PackVersionError } from './pack-usage';
import { refreshSummariesForPack, summaryTables } from './summary-repository';
import { readAllScorecardRefs, readScorecardsOfMany, scorecardTables } from './scorecard-store';
import type { ShippedPack } from './seed';
import { packKey } from '../domain/pack-key';
import { rubricPackSchema, type RubricPack } from '../domain/rubric-schema';
import { parseRubricPackText, validateRubricPack } from '../domain/rubric-validate';
import type { Scorecard } from '../domain/scorecard-schema';
import { stableStringify } from '../domain/stable-json';
import { problemText, type ValidationProblem } from '../domain/validation-error';

const now = () => new Date().toISOString();

async function highestVersion(db: ArchkitDatabase, id: string): Promise<number> {
  return (await listVersions(db, id)).at(-1)?.version ?? 0;
}

/** The pack without `$schema`, which only points editors at the JSON Schema. */
function withoutSchemaKey(pack: RubricPack): RubricPack {
  const { $schema: _schema, ...rest } = pack;
  return rest as RubricPack;
}

function validated(pack: RubricPack): RubricPack {
  const result = validateRubricPack(pack);
  if (!result.ok)
    throw new PackVersionError(
      'invalid',
      `The pack cannot be saved: ${problemText(result.problem)}.`,
    );
  return withoutSchemaKey(result.value);
}

/** Same content, whatever the version number and key order. */
function sameContent(a: RubricPack, b: RubricPack): boolean {
  const strip = (pack: RubricPack) => ({ ...withoutSchemaKey(pack), version: 0 });
  return stableStringify(strip(a)) === stableStringify(strip(b));
}

/**
 * Saves an edited pack as a new version of its id: the highest stored version + 1 (1 for a
 * new id). The version it was edited from stays exactly as it was. Refused when the content
 * is the same as the newest stored version, so saving twice does not pile up copies.
 */
export async function saveNewVersion(
  db: ArchkitDatabase,
  edited: RubricPack,
  at: string = now(),
): Promise<StoredPack> {
  const pack = validated(edited);
  return db.transaction('rw', summaryTables(db), async () => {
    const latest = await highestVersion(db, pack.id);
    if (latest > 0) {
      const newest = await db.packs.get(packKey({ id: pack.id, version: latest }));
      if (newest && sameContent(fromStoredPack(newest), pack)) {
        throw new PackVersionError(
          'unchanged',
          `Nothing changed: version ${latest} already has this content.`,
        );
      }
    }
    const stored = toStoredPack({ ...pack, version: latest + 1 }, 'user', at);
    // add, never put: an existing id@version is never overwritten.
    await db.packs.add(stored);
    await refreshSummariesForPack(db, stored.key);
    return stored;
  });
}

/** `Acme platform kit!` → `acme-platform-kit`; a pack id a person can read in a file name. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'pack';
}

/**
 * Stores a new pack (a blank one or a clone) as version 1 of a fresh id derived from its
 * title: `acme-kit`, or `acme-kit-2` when that id is taken by any version of another pack.
 */
export async function createPack(
  db: ArchkitDatabase,
  draft: RubricPack,
  at: string = now(),
): Promise<StoredPack> {
  const pack = validated({ ...draft, id: slugFromTitle(draft.title), version: 1 });
  return db.transaction('rw', summaryTables(db), async () => {
    const base = pack.id;
    let id = base;
    for (let n = 2; (await db.packs.where('id').equals(id).count()) > 0; n++) id = `${base}-${n}`;
    const stored = toStoredPack({ ...pack, id, version: 1 }, 'user', at);
    await db.packs.add(stored);
    await refreshSummariesForPack(db, stored.key);
    return stored;
  });
}

export type PackImportResult =
  | { status: 'added'; pack: StoredPack }
  | { status: 'already-here'; pack: RubricPack }
  | { status: 'refused'; problem: ValidationProblem };

/**
 * Imports one pack file, validated exactly like `rubrics/`. A pack whose id and version are
 * already here is a no-op when the content is the same, and refused when it differs: a
 * version never changes, a changed pack needs a new version number.
 */
export async function importPackFile(
  db: ArchkitDatabase,
  text: string,
  at: string = now(),
): Promise<PackImportResult> {
  const parsed = parseRubricPackText(text);
  if (!parsed.ok) return { status: 'refused', problem: parsed.problem };
  const pack = withoutSchemaKey(parsed.value);
  return db.transaction('rw', summaryTables(db), async (): Promise<PackImportResult> => {
    const existing = await db.packs.get(packKey(pack));
    if (!existing) {
      const stored = toStoredPack(pack, 'imported', at);
      await db.packs.add(stored);
      await refreshSummariesForPack(db, stored.key);
      return { status: 'added', pack: stored };
    }
    if (stableStringify(withoutSchemaKey(fromStoredPack(existing))) === stableStringify(pack)) {
      return { status: 'already-here', pack };
    }
    return {
      status: 'refused',
      problem: {
        path: 'version',
        message: `pack "${pack.id}" version ${pack.version} is already here with different content; give the changed pack a new version number`,
      },
    };
  });
}

export type RestoreResult = { restored: string[]; alreadyHere: string[] };

/**
 * Re-adds every shipped pack version that is not stored (for example after it was deleted).
 * It never overwrites: a stored pack with the same id and version is left as it is.
 */
export async function restoreShippedPacks(
  db: ArchkitDatabase,
  shipped: readonly ShippedPack[],
  at: string = now(),
): Promise<RestoreResult> {
  const packs = await Promise.all(
    shipped.map(async (file) => {
      const result = rubricPackSchema.safeParse(await file.load());
      if (!result.success) throw new Error(`Shipped rubric pack ${file.key} is invalid.`);
      return withoutSchemaKey(result.data);
    }),
  );
  const outcome: RestoreResult = { restored: [], alreadyHere: [] };
  await db.transaction('rw', summaryTables(db), async () => {
    for (const pack of packs) {
      const key = packKey(pack);
      if (await db.packs.get(key)) outcome.alreadyHere.push(key);
      else {
        await db.packs.add(toStoredPack(pack, 'shipped', at));
        await refreshSummariesForPack(db, key);
        outcome.restored.push(key);
      }
    }
  });
  return outcome;
}

export type PackScoring = {
  versions: StoredPack[];
  scorecards: Scorecard[];
  candidates: StoredCandidate[];
};

/** Everything the what-if needs about a pack: its stored versions, scorecards and candidates. */
export async function loadPackScoring(db: ArchkitDatabase, id: string): Promise<PackScoring> {
  return db.transaction('r', [db.packs, ...scorecardTables(db), db.candidates], async () => {
    const candidateIds = new Set<string>();
    for (const ref of (await readAllScorecardRefs(db)).values())
      if (ref.packId === id) candidateIds.add(ref.candidateId);
    const scorecards = [...(await readScorecardsOfMany(db, candidateIds)).values()]
      .flat()
      .filter((card) => card.packId === id);
    const candidates = (await db.candidates.bulkGet([...candidateIds])).filter(
      (candidate): candidate is StoredCandidate => candidate !== undefined,
    );
    candidates.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { versions: await listVersions(db, id), scorecards, candidates };
  });
}
