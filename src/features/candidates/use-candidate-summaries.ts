import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { fromStoredPack } from '../../db/pack-repository';
import { getCurrentInterviewer } from '../../db/session-repository';
import { summarizeCandidates, type CandidateSummary } from '../../domain/candidate-summary';

/** Every candidate with status, verdict and scores; `undefined` while loading. */
export function useCandidateSummaries(): CandidateSummary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [candidates, scorecards, stored, viewer] = await Promise.all([
      db.candidates.toArray(),
      db.scorecards.toArray(),
      db.packs.toArray(),
      getCurrentInterviewer(db),
    ]);
    const packs = stored.map(fromStoredPack);
    const shipped = stored
      .filter((pack) => pack.source === 'shipped')
      .sort((a, b) => b.version - a.version)[0];
    const fallback = shipped ? fromStoredPack(shipped) : (packs[0] ?? null);
    return summarizeCandidates(candidates, scorecards, packs, fallback, viewer);
  }, [db]);
}
