import type { ArchkitDatabase, StoredCandidate } from './database';
import { refreshSummaries, summaryTables } from './summary-repository';
import { deleteScorecardsOf, readScorecardsOf } from './scorecard-store';
import {
  parseQuoteAmount,
  type CandidateFormValues,
  type CandidateFormWithQuote,
  type QuotedPrice,
} from '../domain/candidate-form-schema';

function packFields(packKey: string): { packId: string; packVersion: number } {
  const at = packKey.lastIndexOf('@');
  return { packId: packKey.slice(0, at), packVersion: Number(packKey.slice(at + 1)) };
}

/** The quote to store; undefined clears it, and a full-time hire has none. */
function quoteFromForm(values: Partial<CandidateFormWithQuote>): QuotedPrice | undefined {
  if (values.track === 'full-time') return undefined;
  const amount = parseQuoteAmount(values.quoteAmount ?? '');
  if (amount === null) return undefined;
  return { amount, period: values.quotePeriod ?? (values.track === 'project' ? 'fixed' : 'month') };
}

function fromForm(values: CandidateFormValues & Partial<CandidateFormWithQuote>) {
  return {
    // Only when the form carried the quote fields, so a form without them keeps the quote.
    ...(values.quoteAmount !== undefined ? { quotedPrice: quoteFromForm(values) } : {}),
    name: values.name.trim(),
    track: values.track,
    claimedTitle: values.claimedTitle.trim() || undefined,
    email: values.email.trim() || undefined,
    notes: values.notes || undefined,
    ...packFields(values.packKey),
  };
}

export async function createCandidate(
  db: ArchkitDatabase,
  values: CandidateFormValues & Partial<CandidateFormWithQuote>,
  now = new Date().toISOString(),
): Promise<string> {
  const id = crypto.randomUUID();
  await db.transaction('rw', summaryTables(db), async () => {
    await db.candidates.add({ id, ...fromForm(values), createdAt: now, updatedAt: now });
    await refreshSummaries(db, [id]);
  });
  return id;
}

export async function updateCandidate(
  db: ArchkitDatabase,
  id: string,
  values: CandidateFormValues & Partial<CandidateFormWithQuote>,
  now = new Date().toISOString(),
): Promise<void> {
  await db.transaction('rw', summaryTables(db), async () => {
    const existing = await db.candidates.get(id);
    if (!existing) throw new Error('This candidate no longer exists');
    const next = fromForm(values);
    // The pack cannot change once scorecards name it; the form disables the field then.
    await db.candidates.put({ ...existing, ...next, updatedAt: now });
    await refreshSummaries(db, [id]);
  });
}

export function getCandidate(
  db: ArchkitDatabase,
  id: string,
): Promise<StoredCandidate | undefined> {
  return db.candidates.get(id);
}

export function listCandidates(db: ArchkitDatabase): Promise<StoredCandidate[]> {
  return db.candidates.toArray();
}

export type CandidateData = {
  scorecards: number;
  auditEntries: number;
  sketches: number;
  documents: number;
};

/** What deleting a candidate takes with it, for the confirmation. */
export async function countCandidateData(db: ArchkitDatabase, id: string): Promise<CandidateData> {
  const scorecards = await readScorecardsOf(db, id);
  return {
    scorecards: scorecards.length,
    auditEntries: await db.audit.where('candidateId').equals(id).count(),
    // Sketches and reviewed documents travel inside their scorecards.
    sketches: scorecards.filter((card) => card.sketch != null).length,
    documents: scorecards.reduce(
      (sum, card) => sum + (Array.isArray(card.documents) ? card.documents.length : 0),
      0,
    ),
  };
}

/** Erases the candidate and everything about them, in one transaction. */
export async function deleteCandidate(db: ArchkitDatabase, id: string): Promise<void> {
  await db.transaction('rw', [...summaryTables(db), db.audit], async () => {
    await deleteScorecardsOf(db, [id]);
    await db.audit.where('candidateId').equals(id).delete();
    await db.candidates.delete(id);
    await refreshSummaries(db, [id]);
  });
}
