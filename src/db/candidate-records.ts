import type { ArchkitDatabase, StoredCandidate } from './database';
import { fromStoredPack } from './pack-repository';
import { listScorecardsOfCandidate } from './scorecard-repository';
import { scorecardTables } from './scorecard-store';
import { getCurrentInterviewer } from './session-repository';
import { loadScoringPacks } from './summary-repository';
import { packKey } from '../domain/pack-key';
import type { RubricPack } from '../domain/rubric-schema';
import type { Scorecard } from '../domain/scorecard-schema';

export type CandidateRecords = {
  candidate: StoredCandidate;
  /** Every scorecard of the candidate, every pack version, drafts included. */
  scorecards: Scorecard[];
  /** The stored pack versions the candidate and their scorecards name. */
  packs: Map<string, RubricPack>;
  /** The newest shipped pack, read only when none of those is stored. */
  fallback: RubricPack | null;
  viewer: string | null;
};

/**
 * A candidate with their scorecards and packs, read in one snapshot; null when they are gone.
 * Only the packs they use are read, and in an explicit transaction: inside a live query Dexie
 * would otherwise cache and deep-clone every result, whole rubric packs included, at each open.
 */
export function readCandidateRecords(
  db: ArchkitDatabase,
  candidateId: string,
): Promise<CandidateRecords | null> {
  return db.transaction(
    'r',
    [db.candidates, ...scorecardTables(db), db.packs, db.meta],
    async () => {
      // All three follow from the id alone: asked together, they cost one round trip, not two.
      const [candidate, scorecards, viewer] = await Promise.all([
        db.candidates.get(candidateId),
        listScorecardsOfCandidate(db, candidateId),
        getCurrentInterviewer(db),
      ]);
      if (!candidate) return null;
      const keys = new Set(
        scorecards.map((card) => packKey({ id: card.packId, version: card.packVersion })),
      );
      if (candidate.packId && candidate.packVersion)
        keys.add(packKey({ id: candidate.packId, version: candidate.packVersion }));
      const packs = new Map<string, RubricPack>();
      for (const stored of await db.packs.bulkGet([...keys]))
        if (stored) packs.set(stored.key, fromStoredPack(stored));
      const fallback = packs.size > 0 ? null : (await loadScoringPacks(db)).fallback;
      return { candidate, scorecards, packs, fallback, viewer };
    },
  );
}
