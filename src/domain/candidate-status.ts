import type { RubricPack } from './rubric-schema';
import type { Scorecard } from './scorecard-schema';

export const CANDIDATE_STATUSES = ['not-started', 'in-progress', 'complete'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const STATUS_LABELS: Record<CandidateStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'All modules submitted',
};

/** Not started: no scorecard; complete: every module of the pack has a submitted scorecard. */
export function candidateStatus(
  pack: RubricPack | null,
  scorecards: readonly Scorecard[],
): CandidateStatus {
  if (scorecards.length === 0) return 'not-started';
  if (!pack) return 'in-progress';
  const submitted = new Set(
    scorecards.filter((card) => card.status === 'submitted').map((card) => card.moduleId),
  );
  return pack.modules.every((module) => submitted.has(module.id)) ? 'complete' : 'in-progress';
}

export type ModuleInterviewState = 'not-started' | 'draft' | 'submitted';

/** Each interviewer's state for one module, for the candidate page. */
export function interviewStates(
  moduleId: string,
  scorecards: readonly Scorecard[],
): { interviewer: string; state: ModuleInterviewState; scorecardId: string }[] {
  return scorecards
    .filter((card) => card.moduleId === moduleId)
    .map((card) => ({ interviewer: card.interviewer, state: card.status, scorecardId: card.id }))
    .sort((a, b) => a.interviewer.localeCompare(b.interviewer));
}
