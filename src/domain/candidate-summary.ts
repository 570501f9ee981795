import type { Candidate } from './candidate-schema';
import { candidateStatus, type CandidateStatus } from './candidate-status';
import { computeReport } from './report-model';
import { packKey, type RubricPack } from './rubric-schema';
import type { Scorecard } from './scorecard-schema';
import type { Verdict } from './verdict';
import { modulesHiddenFrom } from './panel-visibility';

/** One row of the candidate list and the cohort view. */
export type CandidateSummary = {
  candidateId: string;
  name: string;
  track: Candidate['track'];
  claimedTitle: string;
  email: string;
  status: CandidateStatus;
  verdict: Verdict | null;
  architectureScore: number | null;
  engineeringScore: number | null;
  createdAt: string;
  /** The latest change to the candidate or any of their scorecards. */
  lastActivityAt: string;
  packKey: string | null;
  scorecardCount: number;
  /** The viewer has an unsubmitted scorecard for this candidate: scores would anchor them. */
  hiddenFromViewer: boolean;
  /** A provisional row shown while the scorecards are still being read: no status or verdict yet. */
  pending: boolean;
};

/** A row from the candidate record alone, so a long list shows before its verdicts are computed. */
export function provisionalSummary(candidate: Candidate): CandidateSummary {
  const at = candidate.updatedAt ?? candidate.createdAt;
  return {
    candidateId: candidate.id,
    name: candidate.name,
    track: candidate.track,
    claimedTitle: candidate.claimedTitle ?? '',
    email: candidate.email ?? '',
    status: 'not-started',
    verdict: null,
    architectureScore: null,
    engineeringScore: null,
    createdAt: candidate.createdAt,
    lastActivityAt: at,
    packKey:
      candidate.packId && candidate.packVersion
        ? packKey({ id: candidate.packId, version: candidate.packVersion })
        : null,
    scorecardCount: 0,
    hiddenFromViewer: false,
    pending: true,
  };
}

/**
 * The pack a candidate is measured against: the one chosen for them, else the one most of
 * their scorecards name, else the newest stored version of the default pack.
 */
export function packForCandidate(
  candidate: Pick<Candidate, 'packId' | 'packVersion'>,
  scorecards: readonly Scorecard[],
  packs: ReadonlyMap<string, RubricPack>,
  fallback: RubricPack | null,
): RubricPack | null {
  if (candidate.packId && candidate.packVersion) {
    const chosen = packs.get(packKey({ id: candidate.packId, version: candidate.packVersion }));
    if (chosen) return chosen;
  }
  const counts = new Map<string, number>();
  for (const card of scorecards) {
    const key = packKey({ id: card.packId, version: card.packVersion });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, count] of counts) if (best === null || count > counts.get(best)!) best = key;
  return (best && packs.get(best)) || fallback;
}

export function summarizeCandidates(
  candidates: readonly Candidate[],
  scorecards: readonly Scorecard[],
  packList: readonly RubricPack[],
  fallback: RubricPack | null,
  viewer: string | null = null,
): CandidateSummary[] {
  const packs = new Map(packList.map((pack) => [packKey(pack), pack] as const));
  const byCandidate = new Map<string, Scorecard[]>();
  for (const card of scorecards) {
    const list = byCandidate.get(card.candidateId);
    if (list) list.push(card);
    else byCandidate.set(card.candidateId, [card]);
  }
  return candidates.map((candidate) => {
    const cards = byCandidate.get(candidate.id) ?? [];
    const pack = packForCandidate(candidate, cards, packs, fallback);
    const own = pack
      ? cards.filter((card) => card.packId === pack.id && card.packVersion === pack.version)
      : [];
    const report = pack ? computeReport(candidate, pack, own) : null;
    let lastActivityAt = candidate.updatedAt ?? candidate.createdAt;
    for (const card of cards) if (card.updatedAt > lastActivityAt) lastActivityAt = card.updatedAt;
    return {
      candidateId: candidate.id,
      name: candidate.name,
      track: candidate.track,
      claimedTitle: candidate.claimedTitle ?? '',
      email: candidate.email ?? '',
      status: candidateStatus(pack, own),
      verdict: report?.verdict ?? null,
      architectureScore: report?.architectureScore ?? null,
      engineeringScore: report?.engineeringScore ?? null,
      createdAt: candidate.createdAt,
      lastActivityAt,
      packKey: pack ? packKey(pack) : null,
      scorecardCount: cards.length,
      hiddenFromViewer: modulesHiddenFrom(viewer, cards).size > 0,
      pending: false,
    };
  });
}
