import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { listScorecardsOfCandidate } from '../../db/scorecard-repository';
import { getCurrentInterviewer } from '../../db/session-repository';
import { listSummaries, loadScoringPacks } from '../../db/summary-repository';
import { combineCalibration, type InterviewerCalibration } from '../../domain/calibration';
import {
  cohortCalibrationTallies,
  summaryForViewer,
  type CandidateSummary,
} from '../../domain/candidate-summary';
import { computeReport, type ReportModel } from '../../domain/report-model';
import type { RubricPack } from '../../domain/rubric-schema';

export type CohortData = {
  rows: CandidateSummary[];
  packs: Map<string, RubricPack>;
  calibration: InterviewerCalibration[];
};

/**
 * Every candidate with verdict and scores, and the interviewers' calibration, from the
 * cached rows alone: a year of hiring draws at once, without reading a single scorecard.
 */
export function useCohortData(): CohortData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [stored, { packs }, viewer] = await Promise.all([
      listSummaries(db),
      loadScoringPacks(db),
      getCurrentInterviewer(db),
    ]);
    return {
      rows: stored.map((row) => summaryForViewer(row, viewer)),
      packs,
      calibration: combineCalibration(cohortCalibrationTallies(stored, viewer)),
    };
  }, [db]);
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
