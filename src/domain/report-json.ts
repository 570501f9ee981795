import type { ReportModel } from './report-model';
import type { Verdict } from './verdict';

/** One report as `archkit report --format json` prints it; numbers are not rounded. */
export type ReportJson = {
  candidateId: string;
  packId: string | null;
  packVersion: number | null;
  verdict: Verdict;
  architectureScore: number | null;
  engineeringScore: number | null;
  modules: { moduleId: string; score: number | null }[];
  flagsRaised: string[];
  disagreements: string[];
  agreement: number | null;
  reasons: string[];
};

export function toReportJson(report: ReportModel): ReportJson {
  // Keys in the contract's order, so the printed JSON reads like its example.
  return {
    candidateId: report.candidateId,
    packId: report.packId,
    packVersion: report.packVersion,
    verdict: report.verdict,
    architectureScore: report.architectureScore,
    engineeringScore: report.engineeringScore,
    modules: report.modules.map((m) => ({ moduleId: m.moduleId, score: m.score })),
    flagsRaised: report.flagsRaised.map((f) => f.flagId),
    disagreements: report.disagreements.map((d) => d.criterionId),
    agreement: report.agreement,
    reasons: [...report.reasons],
  };
}

export function reportsToJsonText(reports: readonly ReportModel[]): string {
  return JSON.stringify({ reports: reports.map(toReportJson) }, null, 2);
}
