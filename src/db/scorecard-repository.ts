import type { ArchkitDatabase } from './database';
import { refreshSummaries, summaryTables } from './summary-repository';
import type { Scorecard } from '../domain/scorecard-schema';
import { scorecardChanges } from '../domain/scorecard-changes';
import { getScorecard, putScorecard, readScorecardsOf } from './scorecard-store';

/** A save that would overwrite a submitted scorecard: it must be reopened first. */
export class ScorecardLockedError extends Error {
  constructor() {
    super('This scorecard was submitted and is locked. Reopen it to change it.');
    this.name = 'ScorecardLockedError';
  }
}

/**
 * The draft in the database changed since this form last read or wrote it: another tab or
 * window is editing it too. Saving would overwrite that edit, so nothing is written.
 */
export class DraftChangedElsewhereError extends Error {
  constructor(readonly stored: Scorecard) {
    super('This draft was changed in another tab or window.');
    this.name = 'DraftChangedElsewhereError';
  }
}

export function listScorecardsOfCandidate(
  db: ArchkitDatabase,
  candidateId: string,
): Promise<Scorecard[]> {
  return readScorecardsOf(db, candidateId);
}

export async function findOwnScorecard(
  db: ArchkitDatabase,
  key: {
    candidateId: string;
    moduleId: string;
    interviewer: string;
    packId: string;
    packVersion: number;
  },
): Promise<Scorecard | null> {
  // Among the candidate's dozen scorecards: no index of its own is worth its cost on writes.
  const cards = await listScorecardsOfCandidate(db, key.candidateId);
  return (
    cards.find(
      (card) =>
        card.moduleId === key.moduleId &&
        card.interviewer === key.interviewer &&
        card.packId === key.packId &&
        card.packVersion === key.packVersion,
    ) ?? null
  );
}

const REOPENED_FROM = 'reopenedFrom';

/**
 * Before a card is written under a new id: this interviewer's card for the module may already
 * exist under another id (another tab started it). Writing would make a second card, so the
 * write is refused with the card that is there. Call it inside the write's transaction.
 */
async function refuseSecondCard(db: ArchkitDatabase, card: Scorecard): Promise<void> {
  const other = await findOwnScorecard(db, card);
  if (!other || other.id === card.id) return;
  if (other.status === 'submitted') throw new ScorecardLockedError();
  throw new DraftChangedElsewhereError(other);
}

/**
 * Starts this interviewer's scorecard for a module with its first content, or returns the one
 * already there: two tabs that start the same module for the same candidate share one card.
 * The lookup and the write are one read-write transaction, so two starts at the same moment
 * run one after the other and the second finds the first's card (`created: false`, nothing
 * written).
 */
export async function startDraft(
  db: ArchkitDatabase,
  draft: Scorecard,
  now = new Date().toISOString(),
): Promise<{ scorecard: Scorecard; created: boolean }> {
  return db.transaction('rw', summaryTables(db), async () => {
    const existing = (await getScorecard(db, draft.id)) ?? (await findOwnScorecard(db, draft));
    if (existing) return { scorecard: existing, created: false };
    const next: Scorecard = { ...draft, status: 'draft', updatedAt: now };
    await putScorecard(db, next);
    await refreshSummaries(db, [next.candidateId]);
    return { scorecard: next, created: true };
  });
}

/**
 * Saves a draft; refuses to touch a scorecard that is submitted in the database. With
 * `expectedUpdatedAt` (the version the caller last saw; null for a new draft) it also refuses
 * to overwrite a draft that changed since, throwing DraftChangedElsewhereError.
 */
export async function saveDraft(
  db: ArchkitDatabase,
  draft: Scorecard,
  now = new Date().toISOString(),
  expectedUpdatedAt?: string | null,
): Promise<Scorecard> {
  return db.transaction('rw', summaryTables(db), async () => {
    const stored = await getScorecard(db, draft.id);
    if (stored?.status === 'submitted') throw new ScorecardLockedError();
    if (expectedUpdatedAt !== undefined && stored && stored.updatedAt !== expectedUpdatedAt) {
      throw new DraftChangedElsewhereError(stored);
    }
    if (!stored) await refuseSecondCard(db, draft);
    const next: Scorecard = { ...draft, status: 'draft', updatedAt: now };
    // Keep the submitted copy a reopen saved, so the resubmission can audit the change.
    const reopenedFrom = stored?.[REOPENED_FROM];
    if (reopenedFrom) next[REOPENED_FROM] = reopenedFrom;
    await putScorecard(db, next);
    await refreshSummaries(db, [next.candidateId]);
    return next;
  });
}

/** Locks the scorecard. After a reopen, the audit log records what the change was. */
export async function submitScorecard(
  db: ArchkitDatabase,
  draft: Scorecard,
  actor: string,
  now = new Date().toISOString(),
): Promise<Scorecard> {
  return db.transaction('rw', [...summaryTables(db), db.audit], async () => {
    const stored = await getScorecard(db, draft.id);
    if (stored?.status === 'submitted') throw new ScorecardLockedError();
    if (!stored) await refuseSecondCard(db, draft);
    const submitted: Scorecard = {
      ...draft,
      status: 'submitted',
      updatedAt: now,
      submittedAt: now,
    };
    const previous = (stored as Record<string, unknown> | undefined)?.[REOPENED_FROM] as
      Scorecard | undefined;
    delete (submitted as Record<string, unknown>)[REOPENED_FROM];
    await putScorecard(db, submitted);
    await refreshSummaries(db, [submitted.candidateId]);
    await db.audit.add({
      id: crypto.randomUUID(),
      candidateId: draft.candidateId,
      scorecardId: draft.id,
      actor,
      action: previous ? 'resubmitted' : 'submitted',
      at: now,
      ...(previous ? { before: previous, after: scorecardChanges(previous, submitted) } : {}),
    });
    return submitted;
  });
}

/**
 * Unlocks a submitted scorecard, deliberately: the audit log records who and when, and the
 * submitted copy is kept so the resubmission can record exactly what changed.
 */
export async function reopenScorecard(
  db: ArchkitDatabase,
  id: string,
  actor: string,
  reason: string,
  now = new Date().toISOString(),
): Promise<Scorecard> {
  return db.transaction('rw', [...summaryTables(db), db.audit], async () => {
    const stored = await getScorecard(db, id);
    if (!stored) throw new Error('This scorecard no longer exists');
    if (stored.status !== 'submitted') return stored;
    const reopened = {
      ...stored,
      status: 'draft' as const,
      updatedAt: now,
      [REOPENED_FROM]: stored,
    };
    await putScorecard(db, reopened);
    await refreshSummaries(db, [stored.candidateId]);
    await db.audit.add({
      id: crypto.randomUUID(),
      candidateId: stored.candidateId,
      scorecardId: id,
      actor,
      action: 'reopened',
      at: now,
      after: { reason },
    });
    return reopened;
  });
}

export function listAuditOfCandidate(db: ArchkitDatabase, candidateId: string) {
  return db.audit.where('candidateId').equals(candidateId).sortBy('at');
}
