import type { ArchkitDatabase, AuditEntry, StoredCandidate } from './database';
import { fromStoredPack, toStoredPack } from './pack-repository';
import {
  loadScoringPacks,
  refreshSummaries,
  refreshSummariesForPack,
  summaryTables,
} from './summary-repository';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type Bundle } from '../domain/bundle-schema';
import type { KnownRecords } from '../domain/bundle-validate';
import type { Candidate } from '../domain/candidate-schema';
import { packKey } from '../domain/pack-key';
import type { RubricPack } from '../domain/rubric-schema';
import type { Scorecard } from '../domain/scorecard-schema';
import { stableStringify } from '../domain/stable-json';
import { scorecardsByCandidate } from '../domain/candidate-summary';
import {
  mergeCardsById,
  planScorecardWrites,
  readAllScorecards,
  readScorecardsById,
  readScorecardsOfMany,
  scorecardTables,
} from './scorecard-store';

export type RecordCounts = { packs: number; candidates: number; scorecards: number };
export type ImportSummary = {
  added: RecordCounts;
  updated: RecordCounts;
  skipped: RecordCounts;
  /** Audit entries never change once written: they are added or skipped. */
  audit: { added: number; skipped: number };
};
/** A bundle as Archkit exports it: format 1 plus the audit log (an extra field the contract keeps). */
export type ExportedBundle = Bundle & { audit: AuditEntry[] };
export type ImportProgress = { done: number; total: number };

/** Thrown inside the import transaction, so Dexie rolls everything back. */
export class ImportConflictError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ImportConflictError';
  }
}

type IdTable<T> = {
  toCollection(): { primaryKeys(): Promise<unknown[]> };
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
};

/** Every key a table holds, read once: cheaper than looking up each incoming record. */
async function storedIds<T>(table: IdTable<T>): Promise<Set<string>> {
  return new Set((await table.toCollection().primaryKeys()) as string[]);
}

/** The stored copies of `chunk`, aligned with it; only records already present are read. */
async function storedAmong<T>(
  table: IdTable<T>,
  ids: Set<string>,
  chunk: readonly { id: string }[],
) {
  const present = chunk.filter((record) => ids.has(record.id)).map((record) => record.id);
  const found = new Map<string, T | undefined>();
  if (present.length > 0) {
    const records = await table.bulkGet(present);
    present.forEach((id, i) => found.set(id, records[i]));
  }
  return chunk.map((record) => found.get(record.id));
}
const LAST_EXPORT = 'lastExportAt';

const zero = (): RecordCounts => ({ packs: 0, candidates: 0, scorecards: 0 });

export async function exportBundle(
  db: ArchkitDatabase,
  now = new Date().toISOString(),
): Promise<ExportedBundle> {
  return db.transaction(
    'r',
    [db.packs, db.candidates, ...scorecardTables(db), db.audit],
    async () => ({
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      exportedAt: now,
      rubricPacks: (await db.packs.toArray()).map(fromStoredPack),
      candidates: await db.candidates.toArray(),
      scorecards: await readAllScorecards(db),
      // Who changed which score, when, from what to what: part of every backup.
      audit: await db.audit.toArray(),
    }),
  );
}

/** Remembered so Settings can remind the user when the last backup is old. */
export async function recordExport(
  db: ArchkitDatabase,
  at = new Date().toISOString(),
): Promise<void> {
  await db.meta.put({ key: LAST_EXPORT, value: at, updatedAt: at });
}

/** What a bundle's scorecards may name without carrying it: the packs and candidates stored. */
export async function loadKnownRecords(db: ArchkitDatabase): Promise<KnownRecords> {
  return db.transaction('r', db.packs, db.candidates, async () => ({
    packs: (await db.packs.toArray()).map(fromStoredPack),
    candidateIds: (await db.candidates.toCollection().primaryKeys()) as string[],
  }));
}

const candidateStamp = (candidate: Candidate) => candidate.updatedAt ?? candidate.createdAt;

/**
 * Merges a validated bundle in one transaction: new records are added, a record whose
 * `updatedAt` is newer than the stored one replaces it, anything else is skipped. A pack
 * version already stored with different content is refused (never merged silently), and
 * then nothing at all is written. Importing the same file twice changes nothing.
 */
export async function importBundle(
  db: ArchkitDatabase,
  bundle: Bundle,
  onProgress: (progress: ImportProgress) => void = () => {},
  now = new Date().toISOString(),
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    added: zero(),
    updated: zero(),
    skipped: zero(),
    audit: { added: 0, skipped: 0 },
  };
  // Checked before the transaction: a malformed audit log refuses the file, writing nothing.
  const audit = auditOf(bundle);
  const total =
    bundle.rubricPacks.length + bundle.candidates.length + bundle.scorecards.length + audit.length;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    onProgress({ done, total });
  };

  await db.transaction('rw', [...summaryTables(db), db.audit], async () => {
    // Before the candidates arrive, so only those already here are looked at for the packs.
    for (const key of await importPacks(db, bundle.rubricPacks, summary, now))
      await refreshSummariesForPack(db, key);
    advance(bundle.rubricPacks.length);
    // Whose list row may change, and which of them were not here before (so every scorecard
    // they have is in this file, and need not be read back).
    const touched = new Set<string>();
    const newcomers = new Set<string>();

    // Every read comes first: IndexedDB runs a transaction's requests in order, so a read
    // issued after the writes would wait for all of them. The writes are then issued together
    // and not awaited one by one: the browser stores them in its own process while this
    // thread computes the summaries.
    const candidateIds = await storedIds(db.candidates);
    const storedCandidates = await storedAmong(db.candidates, candidateIds, bundle.candidates);
    // Only cards already stored are compared; in a first import of a year that is none.
    const storedCards = await readScorecardsById(
      db,
      bundle.scorecards.map((card) => card.id),
    );
    const scoring = await loadScoringPacks(db);

    const candidateWrites = new Map<string, StoredCandidate>();
    bundle.candidates.forEach((incoming, i) => {
      const existing = storedCandidates[i];
      const stamp = candidateStamp(incoming);
      if (!existing) {
        summary.added.candidates++;
        newcomers.add(incoming.id);
      } else if (stamp > existing.updatedAt) summary.updated.candidates++;
      else return void summary.skipped.candidates++;
      touched.add(incoming.id);
      candidateWrites.set(incoming.id, { ...incoming, updatedAt: stamp });
    });
    const cardWrites: Scorecard[] = [];
    bundle.scorecards.forEach((incoming, i) => {
      const existing = storedCards.get(incoming.id);
      if (existing && existing.candidateId !== incoming.candidateId) {
        throw new ImportConflictError(
          `scorecards[${i}].id`,
          `scorecard ${JSON.stringify(incoming.id)} is already in this browser for another candidate`,
        );
      }
      if (!existing) summary.added.scorecards++;
      else if (incoming.updatedAt > existing.updatedAt) summary.updated.scorecards++;
      else return void summary.skipped.scorecards++;
      touched.add(incoming.candidateId);
      cardWrites.push(incoming);
    });

    // Each touched candidate's cards once the writes land, so the summaries read none back
    // (a read issued now could overtake the writes below).
    const storedOfTouched = await readScorecardsOfMany(
      db,
      [...touched].filter((id) => !newcomers.has(id)),
    );
    const incomingOf = scorecardsByCandidate(cardWrites);
    const cardsAfter = new Map<string, Scorecard[]>();
    for (const id of touched)
      cardsAfter.set(id, mergeCardsById(storedOfTouched.get(id) ?? [], incomingOf.get(id) ?? []));

    const writeCards = await planScorecardWrites(db, cardWrites);

    // The candidates first: few bytes, but the browser's cost is per record, and it stores
    // them while this thread encodes the scorecard pages, which it then stores faster than
    // they come. Both are stored while this thread computes the summaries.
    const written = Promise.all([
      db.candidates
        .bulkPut([...candidateWrites.values()])
        .then(() => advance(bundle.candidates.length)),
      writeCards().then(() => advance(bundle.scorecards.length)),
    ]);
    await refreshSummaries(db, touched, {
      scorecards: cardsAfter,
      candidates: candidateWrites,
      packs: scoring,
    });
    await written;

    await importAudit(db, bundle, audit, summary);
    advance(audit.length);
  });
  return summary;
}

const isText = (value: unknown, max = 1_000): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/** The optional `audit` array of a bundle, checked entry by entry. */
function auditOf(bundle: Bundle): AuditEntry[] {
  const audit = (bundle as Record<string, unknown>).audit;
  if (audit === undefined) return [];
  if (!Array.isArray(audit)) throw new ImportConflictError('audit', 'must be a list');
  for (const [i, entry] of audit.entries()) {
    const record = entry as Partial<Record<keyof AuditEntry, unknown>> | null;
    const problem =
      record === null || typeof record !== 'object' || Array.isArray(record)
        ? 'must be an object'
        : !isText(record.id, 200)
          ? 'needs an id'
          : !isText(record.candidateId, 200)
            ? 'needs a candidateId'
            : !isText(record.actor) || !isText(record.action)
              ? 'needs an actor and an action'
              : !isText(record.at, 40) || Number.isNaN(Date.parse(record.at))
                ? 'needs the date-time "at"'
                : record.scorecardId !== undefined && !isText(record.scorecardId, 200)
                  ? 'has a scorecardId that is not an id'
                  : null;
    if (problem) throw new ImportConflictError(`audit[${i}]`, problem);
  }
  return audit as AuditEntry[];
}

async function importAudit(
  db: ArchkitDatabase,
  bundle: Bundle,
  audit: readonly AuditEntry[],
  summary: ImportSummary,
) {
  if (audit.length === 0) return;
  const inFile = new Set(bundle.candidates.map((candidate) => candidate.id));
  const unknown = audit.findIndex((entry) => !inFile.has(entry.candidateId));
  if (unknown >= 0) {
    const ids = [...new Set(audit.map((entry) => entry.candidateId))];
    const stored = await db.candidates.bulkGet(ids);
    const present = new Set(ids.filter((_, i) => stored[i] !== undefined));
    const i = audit.findIndex((entry) => !present.has(entry.candidateId));
    if (i >= 0) {
      throw new ImportConflictError(
        `audit[${i}].candidateId`,
        `names candidate ${JSON.stringify(audit[i]!.candidateId)}, who is neither in this file nor in Archkit`,
      );
    }
  }
  const existing = await db.audit.bulkGet(audit.map((entry) => entry.id));
  const writes = audit.filter((_, i) => existing[i] === undefined);
  summary.audit.added = writes.length;
  summary.audit.skipped = audit.length - writes.length;
  await db.audit.bulkPut(writes);
}

/** Adds the packs not stored yet; returns their keys. */
async function importPacks(
  db: ArchkitDatabase,
  packs: readonly RubricPack[],
  summary: ImportSummary,
  now: string,
): Promise<string[]> {
  const stored = await db.packs.bulkGet(packs.map(packKey));
  const writes = [];
  for (const [i, pack] of packs.entries()) {
    const existing = stored[i];
    if (!existing) {
      writes.push(toStoredPack(pack, 'imported', now));
      summary.added.packs++;
    } else if (stableStringify(fromStoredPack(existing)) === stableStringify(pack)) {
      summary.skipped.packs++;
    } else {
      // A pack version is immutable once scored against: a changed copy is another version.
      throw new ImportConflictError(
        `rubricPacks[${i}]`,
        `pack "${pack.id}" version ${pack.version} is already in this browser with different content; give the changed pack a new version number`,
      );
    }
  }
  await db.packs.bulkAdd(writes);
  return writes.map((pack) => pack.key);
}
