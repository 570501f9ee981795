import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { readCandidateRecords } from '../../db/candidate-records';
import type { StoredCandidate } from '../../db/database';
import { packForCandidate } from '../../domain/candidate-summary';
import { packKey } from '../../domain/pack-key';
import type { RubricPack } from '../../domain/rubric-schema';
import type { Scorecard } from '../../domain/scorecard-schema';

export type CandidateContext = {
  candidate: StoredCandidate;
  pack: RubricPack | null;
  /** This candidate's scorecards against `pack`, every interviewer, drafts included. */
  scorecards: Scorecard[];
  viewer: string | null;
};

/** A candidate with the pack they are interviewed with; null when the candidate is gone. */
export function useCandidateContext(candidateId: string): CandidateContext | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const records = await readCandidateRecords(db, candidateId);
    if (!records) return null;
    const { candidate, scorecards: allCards, packs, fallback, viewer } = records;
    const pack = packForCandidate(candidate, allCards, packs, fallback);
    const key = pack ? packKey(pack) : null;
    const scorecards = allCards.filter(
      (card) => packKey({ id: card.packId, version: card.packVersion }) === key,
    );
    return { candidate, pack, scorecards, viewer };
  }, [db, candidateId]);
}
