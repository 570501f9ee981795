import type { Candidate } from './candidate-schema';
import { computeReport } from './report-model';
import { packKey } from './pack-key';
import type { RubricPack } from './rubric-schema';
import type { Scorecard } from './scorecard-schema';
import { VERDICTS, type Verdict } from './verdict';

type CandidateFields = Pick<Candidate, 'id' | 'name' | 'track' | 'claimedTitle'>;

export type WhatIfRow = {
  candidateId: string;
  candidateName: string;
  /** The stored version the candidate was scored on; its verdict is the "before". */
  packVersion: number;
  before: Verdict;
  after: Verdict;
  beforeArchitecture: number | null;
  afterArchitecture: number | null;
  beforeEngineering: number | null;
  afterEngineering: number | null;
};

export type WhatIfMove = { from: Verdict; to: Verdict; count: number; candidateNames: string[] };

export type WhatIfResult = {
  /** One row per candidate and pack version scored (as reports are), in candidate order. */
  rows: WhatIfRow[];
  /** Verdict changes only, most common first, then in verdict order. */
  moves: WhatIfMove[];
  unchanged: number;
  /** Groups whose pack version is not stored, so there is no "before" to compare with. */
  skipped: number;
};

export type WhatIfInput = {
  /** The pack as edited, not yet saved: every group is re-scored against it. */
  edited: RubricPack;
  /** The stored versions the scorecards name. */
  versions: readonly RubricPack[];
  candidates: readonly CandidateFields[];
  /** Scorecards of the pack being edited (any version); others are ignored. */
  scorecards: readonly Scorecard[];
  /** The pack id whose scorecards count; the edited pack's id unless it is a clone. */
  packId?: string;
};

const verdictOrder = (verdict: Verdict) => VERDICTS.indexOf(verdict);

/**
 * How the verdicts of the candidates already scored on a pack would change under an edited
 * pack. For each candidate and pack version with at least one submitted scorecard, the
 * "before" is the report against the stored version and the "after" the report of the same
 * scorecards against the edited pack, where ratings of criteria it no longer has count nowhere.
 */
export function computeWhatIf(input: WhatIfInput): WhatIfResult {
  const packId = input.packId ?? input.edited.id;
  const versions = new Map(input.versions.map((pack) => [packKey(pack), pack]));
  const groups = new Map<string, Map<number, Scorecard[]>>();
  for (const card of input.scorecards) {
    if (card.packId !== packId) continue;
    let byVersion = groups.get(card.candidateId);
    if (!byVersion) groups.set(card.candidateId, (byVersion = new Map()));
    let cards = byVersion.get(card.packVersion);
    if (!cards) byVersion.set(card.packVersion, (cards = []));
    cards.push(card);
  }

  const rows: WhatIfRow[] = [];
  let skipped = 0;
  for (const candidate of input.candidates) {
    const byVersion = groups.get(candidate.id);
    if (!byVersion) continue;
    for (const version of [...byVersion.keys()].sort((a, b) => a - b)) {
      const cards = byVersion.get(version)!;
      if (!cards.some((card) => card.status === 'submitted')) continue;
      const stored = versions.get(packKey({ id: packId, version }));
      if (!stored) {
        skipped++;
        continue;
      }
      const before = computeReport(candidate, stored, cards);
      const after = computeReport(candidate, input.edited, cards);
      rows.push({
        candidateId: candidate.id,
        candidateName: candidate.name,
        packVersion: version,
        before: before.verdict,
        after: after.verdict,
        beforeArchitecture: before.architectureScore,
        afterArchitecture: after.architectureScore,
        beforeEngineering: before.engineeringScore,
        afterEngineering: after.engineeringScore,
      });
    }
  }

  const moves = new Map<string, WhatIfMove>();
  let unchanged = 0;
  for (const row of rows) {
    if (row.before === row.after) {
      unchanged++;
      continue;
    }
    const key = `${row.before}→${row.after}`;
    let move = moves.get(key);
    if (!move)
      moves.set(key, (move = { from: row.before, to: row.after, count: 0, candidateNames: [] }));
    move.count++;
    move.candidateNames.push(row.candidateName);
  }
  const sorted = [...moves.values()].sort(
    (a, b) =>
      b.count - a.count ||
      verdictOrder(a.from) - verdictOrder(b.from) ||
      verdictOrder(a.to) - verdictOrder(b.to),
  );
  return { rows, moves: sorted, unchanged, skipped };
}
