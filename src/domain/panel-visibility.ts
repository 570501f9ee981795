import type { Scorecard } from './scorecard-schema';

/**
 * Modules whose other ratings the viewer may not see yet: those where the viewer's own
 * scorecard exists and is not submitted. Seeing colleagues' levels while still scoring
 * anchors an interviewer, which structured interviewing forbids.
 */
export function modulesHiddenFrom(
  viewer: string | null,
  scorecards: readonly Scorecard[],
): Set<string> {
  const hidden = new Set<string>();
  if (!viewer) return hidden;
  for (const card of scorecards) {
    if (card.interviewer === viewer && card.status !== 'submitted') hidden.add(card.moduleId);
  }
  return hidden;
}

/** The scorecards a viewer may see: their own, and others' only in modules not hidden. */
export function visibleScorecards(
  viewer: string | null,
  scorecards: readonly Scorecard[],
): Scorecard[] {
  const hidden = modulesHiddenFrom(viewer, scorecards);
  return scorecards.filter((card) => card.interviewer === viewer || !hidden.has(card.moduleId));
}
