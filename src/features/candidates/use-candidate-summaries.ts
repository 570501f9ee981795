import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { fromStoredPack } from '../../db/pack-repository';
import { getCurrentInterviewer } from '../../db/session-repository';
import {
  provisionalSummary,
  summarizeCandidates,
  type CandidateSummary,
} from '../../domain/candidate-summary';

export type CandidateRows = { rows: CandidateSummary[]; complete: boolean };

/**
 * Every candidate with status, verdict and scores; `undefined` while loading. With a year of
 * hiring the scorecards take seconds to read, so the names come first (`complete: false`)
 * and the verdicts follow.
 */
export function useCandidateSummaries(): CandidateRows | undefined {
  const db = useDatabase();
  const provisional = useLiveQuery(
    async () => (await db.candidates.toArray()).map(provisionalSummary),
    [db],
  );
  const full = useLiveQuery(async () => {
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
  if (full) return { rows: full, complete: true };
  return provisional ? { rows: provisional, complete: false } : undefined;
}
