import type { RubricPack } from './rubric-schema';

export type GuideStep = {
  moduleId: string;
  title: string;
  minutes: number;
  purpose: string | null;
  /** The first prompt, read aloud to open the module. */
  openWith: string;
  followUpCount: number;
  /** A few things a strong answer names, from the prompts' "listen for". */
  listenFor: string[];
  criteriaCount: number;
  scenarios: string[];
};

export type InterviewGuide = {
  totalMinutes: number;
  steps: GuideStep[];
};

/** "How to run the interviews", written from the pack itself so it never drifts from it. */
export function interviewGuide(pack: RubricPack, listenForLimit = 3): InterviewGuide {
  const steps = pack.modules.map((module): GuideStep => {
    const listenFor = module.prompts.flatMap((p) => p.listenFor ?? []).slice(0, listenForLimit);
    return {
      moduleId: module.id,
      title: module.title,
      minutes: module.timeBudgetMinutes,
      purpose: module.purpose ?? null,
      openWith: module.prompts[0]!.question,
      followUpCount: module.prompts.reduce((sum, p) => sum + (p.followUps?.length ?? 0), 0),
      listenFor,
      criteriaCount: module.criteria.length,
      scenarios: (module.scenarios ?? []).map((s) => s.title),
    };
  });
  return { totalMinutes: steps.reduce((sum, s) => sum + s.minutes, 0), steps };
}
