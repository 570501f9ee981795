import type { Bundle } from './bundle-schema';
import type { Candidate } from './candidate-schema';
import type { Track } from './common-schema';
import { krippendorffAlpha } from './agreement';
import { isDisagreement } from './disagreement';
import { packKey } from './pack-key';
import type { RubricPack, VerdictPolicy } from './rubric-schema';
import type { Recommendation, Scorecard } from './scorecard-schema';
import {
  collectRaisedFlags,
  computeScores,
  type CriterionResult,
  type FlagRaised,
  type ModuleResult,
} from './scoring';
import { indexPack, newestVersionOf } from './scoring-pack-index';
import { decideVerdict, type Verdict, type VerdictRule } from './verdict';

export type Disagreement = {
  criterionId: string;
  moduleId: string;
  title: string;
  levels: number[];
};

export type RecommendationTally = Record<Recommendation | 'none', number>;

/** Everything a report screen or document shows, derived from the pack and the scorecards. */
export type ReportModel = {
  candidateId: string;
  candidateName: string;
  track: Track;
  claimedTitle: string | null;
  /** null only when the candidate has no scorecard and there is no pack to report against. */
  packId: string | null;
  packVersion: number | null;
  packTitle: string | null;
  policy: VerdictPolicy | null;
  submittedCount: number;
  /** Drafts are listed so nobody wonders where a rating went; they count nowhere. */
  draftCount: number;
  interviewers: string[];
  modules: ModuleResult[];
  criteria: CriterionResult[];
  architectureScore: number | null;
  engineeringScore: number | null;
  flagsRaised: FlagRaised[];
  disagreements: Disagreement[];
  recommendations: RecommendationTally;
  coverage: {
    observed: number;
    total: number;
    notObserved: { criterionId: string; moduleId: string; title: string }[];
  };
  agreement: number | null;
  verdict: Verdict;
  rule: VerdictRule;
  reasons: string[];
  weakestModuleId: string | null;
};

type CandidateFields = Pick<Candidate, 'id' | 'name' | 'track' | 'claimedTitle'>;

function emptyTally(): RecommendationTally {
  return { 'strong-no': 0, no: 0, yes: 0, 'strong-yes': 0, none: 0 };
}

/**
 * The scores and the verdict of one candidate against one pack version, and nothing else: all
 * a list row needs (10,000 of them in an import), and where every report starts.
 */
export function computeDecision(track: Track, pack: RubricPack, scorecards: readonly Scorecard[]) {
  const index = indexPack(pack);
  const submitted = scorecards.filter((s) => s.status === 'submitted');
  const scores = computeScores(index, track, submitted);
  const flagsRaised = collectRaisedFlags(index, submitted);
  const decision = decideVerdict({
    policy: pack.verdictPolicy,
    modules: scores.modules,
    architectureScore: scores.architectureScore,
    engineeringScore: scores.engineeringScore,
    flagsRaised,
  });
  return { submitted, scores, flagsRaised, decision };
}

/**
 * The report of one candidate against one pack version. `scorecards` are that candidate's
 * scorecards naming this pack version, drafts included (they are counted, never scored).
 */
export function computeReport(
  candidate: CandidateFields,
  pack: RubricPack,
  scorecards: readonly Scorecard[],
): ReportModel {
  const { submitted, scores, flagsRaised, decision } = computeDecision(
    candidate.track,
    pack,
    scorecards,
  );

  const disagreements: Disagreement[] = [];
  const units: number[][] = [];
  const notObserved: ReportModel['coverage']['notObserved'] = [];
  for (const criterion of scores.criteria) {
    const levels = criterion.levels; // ascending
    if (levels.length === 0) {
      notObserved.push({
        criterionId: criterion.criterionId,
        moduleId: criterion.moduleId,
        title: criterion.title,
      });
      continue;
    }
    units.push(levels);
    if (isDisagreement(levels)) {
      disagreements.push({
        criterionId: criterion.criterionId,
        moduleId: criterion.moduleId,
        title: criterion.title,
        levels,
      });
    }
  }

  const recommendations = emptyTally();
  for (const card of submitted) recommendations[card.recommendation ?? 'none'] += 1;

  // Fields written out, not spread: a spread followed by many keys makes V8 build a slow
  // dictionary object, and 10,000 reports are kept at once.
  return {
    candidateId: candidate.id,
    candidateName: candidate.name,
    track: candidate.track,
    claimedTitle: candidate.claimedTitle ?? null,
    packId: pack.id,
    packVersion: pack.version,
    packTitle: pack.title,
    policy: pack.verdictPolicy,
    submittedCount: submitted.length,
    draftCount: scorecards.length - submitted.length,
    interviewers: [...new Set(submitted.map((s) => s.interviewer))].sort(),
    modules: scores.modules,
    criteria: scores.criteria,
    architectureScore: scores.architectureScore,
    engineeringScore: scores.engineeringScore,
    flagsRaised,
    disagreements,
    recommendations,
    coverage: {
      observed: scores.criteria.length - notObserved.length,
      total: scores.criteria.length,
      notObserved,
    },
    agreement: krippendorffAlpha(units, 'ordinal'),
    verdict: decision.verdict,
    rule: decision.rule,
    reasons: decision.reasons,
    weakestModuleId: decision.weakestModuleId,
  };
}

/** A candidate with nothing to score against: no scorecard, and no pack, or its pack is missing. */
function reportWithoutPack(
  candidate: CandidateFields,
  packId: string | null,
  packVersion: number | null,
  scorecards: readonly Scorecard[],
): ReportModel {
  const submittedCount = scorecards.filter((s) => s.status === 'submitted').length;
  const reason =
    packId === null
      ? 'Insufficient evidence: there is no scorecard for this candidate and no rubric pack to report against.'
      : `Insufficient evidence: rubric pack "${packId}" version ${packVersion} is not available.`;
  return {
    candidateId: candidate.id,
    candidateName: candidate.name,
    track: candidate.track,
    claimedTitle: candidate.claimedTitle ?? null,
    packId,
    packVersion,
    packTitle: null,
    policy: null,
    submittedCount,
    draftCount: scorecards.length - submittedCount,
    interviewers: [],
    modules: [],
    criteria: [],
    architectureScore: null,
    engineeringScore: null,
    flagsRaised: [],
    disagreements: [],
    recommendations: emptyTally(),
    coverage: { observed: 0, total: 0, notObserved: [] },
    agreement: null,
    verdict: 'insufficient-evidence',
    rule: 'insufficient-evidence',
    reasons: [reason, 'No module was scored.'],
    weakestModuleId: null,
  };
}

/**
 * One report per candidate and pack version their scorecards name, in candidate order, then
 * pack id, then version. A candidate without any scorecard gets one report against the pack
 * version they were set up with when it is known, else the newest version of the bundle's
 * first pack, else a report with a null pack. `extraPacks` are packs already in the app.
 * Scorecards of candidates not in the bundle are not reported here.
 */
export function buildBundleReports(
  bundle: Pick<Bundle, 'rubricPacks' | 'candidates' | 'scorecards'>,
  extraPacks: readonly RubricPack[] = [],
): ReportModel[] {
  const packs = new Map<string, RubricPack>();
  for (const pack of extraPacks) packs.set(packKey(pack), pack);
  for (const pack of bundle.rubricPacks) packs.set(packKey(pack), pack); // the file's copy wins

  // One pass over the scorecards: candidate → pack key → scorecards.
  const byCandidate = new Map<string, Map<string, Scorecard[]>>();
  for (const card of bundle.scorecards) {
    let byPack = byCandidate.get(card.candidateId);
    if (!byPack) byCandidate.set(card.candidateId, (byPack = new Map()));
    const key = packKey({ id: card.packId, version: card.packVersion });
    let cards = byPack.get(key);
    if (!cards) byPack.set(key, (cards = []));
    cards.push(card);
  }

  const firstPack = bundle.rubricPacks[0];
  const fallbackPack = firstPack ? newestVersionOf(bundle.rubricPacks, firstPack.id) : null;

  const reports: ReportModel[] = [];
  for (const candidate of bundle.candidates) {
    const byPack = byCandidate.get(candidate.id);
    if (!byPack) {
      // The pack the candidate was set up with (an Archkit extension), else the fallback.
      const own =
        candidate.packId !== undefined && candidate.packVersion !== undefined
          ? packs.get(packKey({ id: candidate.packId, version: candidate.packVersion }))
          : undefined;
      reports.push(
        own
          ? computeReport(candidate, own, [])
          : fallbackPack
            ? computeReport(candidate, fallbackPack, [])
            : reportWithoutPack(candidate, null, null, []),
      );
      continue;
    }
    const groups = [...byPack.values()].sort((a, b) => {
      const x = a[0]!;
      const y = b[0]!;
      if (x.packId !== y.packId) return x.packId < y.packId ? -1 : 1;
      return x.packVersion - y.packVersion;
    });
    for (const cards of groups) {
      const { packId, packVersion } = cards[0]!;
      const pack = packs.get(packKey({ id: packId, version: packVersion }));
      reports.push(
        pack
          ? computeReport(candidate, pack, cards)
          : reportWithoutPack(candidate, packId, packVersion, cards),
      );
    }
  }
  return reports;
}
