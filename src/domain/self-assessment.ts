import { computeReport, type ReportModel } from './report-model';
import type { RubricPack } from './rubric-schema';
import type { Rating, Scorecard } from './scorecard-schema';
import type { SelfAssessment } from './self-assessment-schema';
import { practicePlan, weakestCriteria, type PracticeItem } from './practice-plan';

export const SELF_CANDIDATE_ID = 'self';

export type ReadinessReport = {
  report: ReportModel;
  weakest: PracticeItem[];
  plan: PracticeItem[];
  rated: number;
  total: number;
  answered: number;
  prompts: number;
  /** The practice drawings, in the pack's module order (the drawings themselves stay in the app). */
  sketches: PractisedSketch[];
};

export type PractisedSketch = {
  moduleId: string;
  moduleTitle: string;
  elements: number;
  /** The scenario practised, when it was recorded and the module still has it. */
  scenarioTitle: string | null;
};

/** What was drawn in practice, module by module; drawings of modules no longer in the pack are left out. */
export function practisedSketches(pack: RubricPack, assessment: SelfAssessment): PractisedSketch[] {
  return pack.modules.flatMap((module) => {
    const elements = assessment.sketchDrawings?.[module.id]?.elements.length ?? 0;
    if (elements === 0) return [];
    const scenarioId = assessment.sketchScenarios?.[module.id];
    const scenario = module.scenarios?.find((s) => s.id === scenarioId);
    return [
      {
        moduleId: module.id,
        moduleTitle: module.title,
        elements,
        scenarioTitle: scenario?.title ?? null,
      },
    ];
  });
}

/**
 * One synthetic submitted scorecard per module the candidate rated themselves on, so their
 * self-ratings go through exactly the scoring and verdict rules a panel's would.
 */
export function selfScorecards(pack: RubricPack, assessment: SelfAssessment): Scorecard[] {
  const cards: Scorecard[] = [];
  for (const module of pack.modules) {
    const ratings: Record<string, Rating> = {};
    for (const criterion of module.criteria) {
      const own = assessment.ratings[criterion.id];
      if (own?.level != null) ratings[criterion.id] = { level: own.level, evidence: own.note };
    }
    if (Object.keys(ratings).length === 0) continue;
    cards.push({
      id: `self-${module.id}`,
      candidateId: SELF_CANDIDATE_ID,
      interviewer: 'You',
      packId: pack.id,
      packVersion: pack.version,
      moduleId: module.id,
      status: 'submitted',
      ratings,
      flags: [],
      recommendation: null,
      notes: '',
      updatedAt: assessment.updatedAt,
      submittedAt: assessment.updatedAt,
    });
  }
  return cards;
}

export function readinessReport(pack: RubricPack, assessment: SelfAssessment): ReadinessReport {
  const report = computeReport(
    { id: SELF_CANDIDATE_ID, name: 'You', track: 'self', claimedTitle: undefined },
    pack,
    selfScorecards(pack, assessment),
  );
  const criteria = pack.modules.flatMap((m) => m.criteria);
  const prompts = pack.modules.reduce((sum, m) => sum + m.prompts.length, 0);
  return {
    report,
    weakest: weakestCriteria(pack, assessment.ratings),
    plan: practicePlan(pack, assessment.ratings),
    rated: criteria.filter((c) => assessment.ratings[c.id]?.level != null).length,
    total: criteria.length,
    answered: Object.values(assessment.answers).filter((a) => a.trim() !== '').length,
    prompts,
    sketches: practisedSketches(pack, assessment),
  };
}
