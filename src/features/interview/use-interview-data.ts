import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { fromStoredPack } from '../../db/pack-repository';
import { listScorecardsOfCandidate } from '../../db/scorecard-repository';
import { getCurrentInterviewer } from '../../db/session-repository';
import type { StoredCandidate } from '../../db/database';
import { packForCandidate } from '../../domain/candidate-summary';
import { packKey, type RubricPack } from '../../domain/rubric-schema';
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
    const candidate = await db.candidates.get(candidateId);
    if (!candidate) return null;
    const [allCards, stored, viewer] = await Promise.all([
      listScorecardsOfCandidate(db, candidateId),
      db.packs.toArray(),
      getCurrentInterviewer(db),
    ]);
    const packs = new Map(stored.map((pack) => [pack.key, fromStoredPack(pack)] as const));
    const shipped = stored
      .filter((pack) => pack.source === 'shipped')
      .sort((a, b) => b.version - a.version)[0];
    const pack = packForCandidate(
      candidate,
      allCards,
      packs,
      shipped ? fromStoredPack(shipped) : null,
    );
    const key = pack ? packKey(pack) : null;
    const scorecards = allCards.filter(
      (card) => packKey({ id: card.packId, version: card.packVersion }) === key,
    );
    return { candidate, pack, scorecards, viewer };
  }, [db, candidateId]);
}
