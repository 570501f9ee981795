import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { getCurrentInterviewer } from '../../db/session-repository';
import { listSummaries } from '../../db/summary-repository';
import { summaryForViewer, type CandidateSummary } from '../../domain/candidate-summary';

/** The User Timing entry of each read, for DevTools and `npm run bench`. */
export const CANDIDATES_READ_MEASURE = 'archkit:read-candidates';

/**
 * Every candidate with status, verdict and scores, as the current interviewer may see them;
 * `undefined` while loading. Reads the cached rows only, so a year of hiring opens at once.
 */
export function useCandidateSummaries(): CandidateSummary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const started = performance.now();
    const [stored, viewer] = await Promise.all([listSummaries(db), getCurrentInterviewer(db)]);
    const rows = stored.map((row) => summaryForViewer(row, viewer));
    performance.measure(CANDIDATES_READ_MEASURE, { start: started, end: performance.now() });
    return rows;
  }, [db]);
}
