import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { readCandidateRecords } from '../../db/candidate-records';
import type { StoredCandidate } from '../../db/database';
import { modulesHiddenFrom } from '../../domain/panel-visibility';
import { buildBundleReports, type ReportModel } from '../../domain/report-model';
import type { Scorecard } from '../../domain/scorecard-schema';
import { candidateBundle } from './candidate-bundle';

export type ReportData = {
  candidate: StoredCandidate;
  /** Every scorecard of the candidate, every pack version, drafts included. */
  scorecards: Scorecard[];
  /** One report per pack version the scorecards name, as the command line makes them. */
  reports: ReportModel[];
  viewer: string | null;
  /** Titles of the modules where the viewer's own scorecard is not submitted yet. */
  hiddenModules: string[];
  /** The candidate's bundle, stamped with the given time: what "Download bundle" saves. */
  bundleAt: (exportedAt: string) => ReturnType<typeof candidateBundle>;
};

/** A candidate with their reports; null when the candidate does not exist. */
export function useReportData(candidateId: string): ReportData | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const records = await readCandidateRecords(db, candidateId);
    if (!records) return null;
    const { candidate, scorecards, packs, fallback, viewer } = records;
    const bundleAt = (exportedAt: string) =>
      candidateBundle(candidate, scorecards, packs, fallback, exportedAt);
    // The report is computed from the very bundle the download saves, so the page, the
    // Markdown and `npm run report` on that file cannot disagree.
    const reports = buildBundleReports(bundleAt(new Date(0).toISOString()));
    const hidden = modulesHiddenFrom(viewer, scorecards);
    const titles = new Map<string, string>();
    for (const pack of [...packs.values(), ...(fallback ? [fallback] : [])])
      for (const module of pack.modules) titles.set(module.id, module.title);
    return {
      candidate,
      scorecards,
      reports,
      viewer,
      hiddenModules: [...hidden].map((id) => titles.get(id) ?? id).sort(),
      bundleAt,
    };
  }, [db, candidateId]);
}
