import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../domain/bundle-format';
import type { Bundle } from '../../domain/bundle-schema';
import type { Candidate } from '../../domain/candidate-schema';
import { packKey } from '../../domain/pack-key';
import type { RubricPack } from '../../domain/rubric-schema';
import type { Scorecard } from '../../domain/scorecard-schema';

/**
 * One candidate as a format-1 bundle: the candidate, all their scorecards (drafts too, which
 * count nowhere) and every pack version they use. A candidate nobody has scored yet carries
 * the pack they were set up with, else `fallback`, so the bundle reports the same verdict
 * in any browser and on the command line.
 */
export function candidateBundle(
  candidate: Candidate,
  scorecards: readonly Scorecard[],
  packs: ReadonlyMap<string, RubricPack>,
  fallback: RubricPack | null,
  exportedAt: string,
): Bundle {
  const used = new Map<string, RubricPack>();
  const include = (key: string) => {
    const pack = packs.get(key);
    if (pack && !used.has(key)) used.set(key, pack);
  };
  if (candidate.packId !== undefined && candidate.packVersion !== undefined) {
    include(packKey({ id: candidate.packId, version: candidate.packVersion }));
  }
  for (const card of scorecards) include(packKey({ id: card.packId, version: card.packVersion }));
  if (used.size === 0 && fallback) used.set(packKey(fallback), fallback);
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt,
    rubricPacks: [...used.values()],
    candidates: [candidate],
    scorecards: [...scorecards].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** `Sofía Ibarra` → `sofia-ibarra`, for file names. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'candidate';
}
