import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { fromStoredPack } from '../../db/pack-repository';
import { getCurrentInterviewer } from '../../db/session-repository';
import type { StoredCandidate } from '../../db/database';
import { computeCalibration, type InterviewerCalibration } from '../../domain/calibration';
import { summarizeCandidates, type CandidateSummary } from '../../domain/candidate-summary';
import type { RubricPack } from '../../domain/rubric-schema';
import type { Scorecard } from '../../domain/scorecard-schema';

export type CohortData = {
  rows: CandidateSummary[];
  candidates: Map<string, StoredCandidate>;
  scorecardsByCandidate: Map<string, Scorecard[]>;
  packs: Map<string, RubricPack>;
  calibration: InterviewerCalibration[];
};

/** Every candidate with verdict and scores, plus what comparison and calibration need. */
export function useCohortData(): CohortData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [candidates, scorecards, stored, viewer] = await Promise.all([
      db.candidates.toArray(),
      db.scorecards.toArray(),
      db.packs.toArray(),
      getCurrentInterviewer(db),
    ]);
    const packList = stored.map(fromStoredPack);
    const shipped = stored
      .filter((pack) => pack.source === 'shipped')
      .sort((a, b) => b.version - a.version)[0];
    const fallback = shipped ? fromStoredPack(shipped) : (packList[0] ?? null);
    const rows = summarizeCandidates(candidates, scorecards, packList, fallback, viewer);

    const scorecardsByCandidate = new Map<string, Scorecard[]>();
    for (const card of scorecards) {
      const list = scorecardsByCandidate.get(card.candidateId);
      if (list) list.push(card);
      else scorecardsByCandidate.set(card.candidateId, [card]);
    }
    // Calibration compares colleagues' levels, so a candidate the viewer is still scoring
    // adds only their draft count: nothing of the others' ratings may anchor them.
    const hidden = new Set(rows.filter((r) => r.hiddenFromViewer).map((r) => r.candidateId));
    const calibration = computeCalibration(
      hidden.size === 0
        ? scorecards
        : scorecards.filter((c) => !hidden.has(c.candidateId) || c.status !== 'submitted'),
    );
    return {
      rows,
      candidates: new Map(candidates.map((c) => [c.id, c] as const)),
      scorecardsByCandidate,
      packs: new Map(stored.map((p, i) => [p.key, packList[i]!] as const)),
      calibration,
    };
  }, [db]);
}
