import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { listScorecardsOfCandidate } from '../../db/scorecard-repository';
import { getCurrentInterviewer } from '../../db/session-repository';
import { listSummaries, loadScoringPacks } from '../../db/summary-repository';
import { computeCalibration, type InterviewerCalibration } from '../../domain/calibration';
import { summaryForViewer, type CandidateSummary } from '../../domain/candidate-summary';
import { computeReport, type ReportModel } from '../../domain/report-model';
import type { RubricPack } from '../../domain/rubric-schema';

export type CohortData = {
  rows: CandidateSummary[];
  packs: Map<string, RubricPack>;
};

/**
 * Every candidate with verdict and scores, from the cached rows: the scatter and the table
 * draw at once, while calibration and comparison read the scorecards they need by themselves.
 */
export function useCohortData(): CohortData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [stored, { packs }, viewer] = await Promise.all([
      listSummaries(db),
      loadScoringPacks(db),
      getCurrentInterviewer(db),
    ]);
    return { rows: stored.map((row) => summaryForViewer(row, viewer)), packs };
  }, [db]);
}

/**
 * How each interviewer rates against colleagues, over every scorecard. A candidate the viewer
 * is still scoring adds only their draft count: nothing of the others' ratings may anchor them.
 */
export function useCalibration(
  rows: readonly CandidateSummary[],
): InterviewerCalibration[] | undefined {
  const db = useDatabase();
  const hidden = rows
    .filter((row) => row.hiddenFromViewer)
    .map((row) => row.candidateId)
    .join('\n');
  return useLiveQuery(async () => {
    const scorecards = await db.scorecards.toArray();
    const hiddenIds = new Set(hidden ? hidden.split('\n') : []);
    return computeCalibration(
      hiddenIds.size === 0
        ? scorecards
        : scorecards.filter((c) => !hiddenIds.has(c.candidateId) || c.status !== 'submitted'),
    );
  }, [db, hidden]);
}

export type ComparedCandidate = { row: CandidateSummary; report: ReportModel | null };

/** The full reports of the two to four candidates being compared, read on demand. */
export function useComparedCandidates(
  ids: readonly string[],
  data: CohortData,
): ComparedCandidate[] | undefined {
  const db = useDatabase();
  const key = ids.join('\n');
  return useLiveQuery(async () => {
    const byId = new Map(data.rows.map((row) => [row.candidateId, row] as const));
    const wanted = key ? key.split('\n') : [];
    const candidates = await db.candidates.bulkGet(wanted);
    const compared: ComparedCandidate[] = [];
    for (const [i, id] of wanted.entries()) {
      const row = byId.get(id);
      const candidate = candidates[i];
      if (!row || !candidate) continue;
      const pack = row.packKey ? data.packs.get(row.packKey) : undefined;
      if (!pack || row.hiddenFromViewer) {
        compared.push({ row, report: null });
        continue;
      }
      const cards = (await listScorecardsOfCandidate(db, id)).filter(
        (card) => card.packId === pack.id && card.packVersion === pack.version,
      );
      compared.push({ row, report: computeReport(candidate, pack, cards) });
    }
    return compared;
  }, [db, key, data]);
}
