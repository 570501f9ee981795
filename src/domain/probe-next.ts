import type { ReportModel } from './report-model';

export type ProbeCriterion = { criterionId: string; title: string; score: number | null };

export type ProbeModule = {
  moduleId: string;
  title: string;
  criteria: ProbeCriterion[];
};

export type ProbeNext = {
  /** The weakest scored module, with its lowest-scored criteria first (at most three). */
  weakest: (ProbeModule & { score: number }) | null;
  /** Modules nobody scored at all: whole interviews still to run. */
  unscoredModules: { moduleId: string; title: string }[];
  /** Criteria nobody scored, by module in pack order, outside the unscored modules. */
  notObserved: ProbeModule[];
  /** Criteria the panel rated 2 or more levels apart: ask again to settle them. */
  disagreements: { criterionId: string; title: string; levels: number[] }[];
};

const LOWEST_SHOWN = 3;

/**
 * What a follow-up interview should probe: the weakest module (where the verdict is most
 * exposed), what nobody observed (where it rests on no evidence) and where the panel split.
 */
export function probeNext(
  report: Pick<ReportModel, 'modules' | 'criteria' | 'weakestModuleId' | 'disagreements'>,
): ProbeNext {
  const weakestModule = report.modules.find((m) => m.moduleId === report.weakestModuleId);
  let weakest: ProbeNext['weakest'] = null;
  if (weakestModule && weakestModule.score !== null) {
    const criteria = report.criteria
      .filter((c) => c.moduleId === weakestModule.moduleId && c.score !== null)
      .map((c) => ({ criterionId: c.criterionId, title: c.title, score: c.score }))
      // Stable sort: equal scores keep pack order.
      .sort((a, b) => a.score! - b.score!)
      .slice(0, LOWEST_SHOWN);
    weakest = {
      moduleId: weakestModule.moduleId,
      title: weakestModule.title,
      score: weakestModule.score,
      criteria,
    };
  }

  const unscored = report.modules.filter((m) => !m.scored);
  const unscoredIds = new Set(unscored.map((m) => m.moduleId));
  const notObserved: ProbeModule[] = [];
  for (const module of report.modules) {
    if (unscoredIds.has(module.moduleId)) continue;
    const criteria = report.criteria
      .filter((c) => c.moduleId === module.moduleId && c.level === null)
      .map((c) => ({ criterionId: c.criterionId, title: c.title, score: null }));
    if (criteria.length > 0)
      notObserved.push({ moduleId: module.moduleId, title: module.title, criteria });
  }

  return {
    weakest,
    unscoredModules: unscored.map((m) => ({ moduleId: m.moduleId, title: m.title })),
    notObserved,
    disagreements: report.disagreements.map((d) => ({
      criterionId: d.criterionId,
      title: d.title,
      levels: d.levels,
    })),
  };
}
