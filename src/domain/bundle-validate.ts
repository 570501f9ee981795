import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, bundleSchema, type Bundle } from './bundle-schema';
import { packKey } from './pack-key';
import type { RubricPack } from './rubric-schema';
import { parseJsonSafely } from './safe-json';
import { indexPack, type PackIndex } from './scoring-pack-index';
import { firstProblem, formatPath, type Result, type ValidationProblem } from './validation-error';

/**
 * 256 MB: a year of hiring (10,000 candidates × 12 scorecards with a few sentences of
 * evidence per criterion) is about 150 MB (see test/bench/domain-bench.ts), and V8 cannot hold a
 * string much over 512 MB, so a bigger file could not be parsed anyway.
 */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

/** Records already in the app, which a bundle's scorecards may name without carrying them. */
export type KnownRecords = {
  packs?: readonly RubricPack[];
  candidateIds?: Iterable<string>;
};

const WHOLE_FILE = '(the whole file)';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Checked before reading a file, so a huge file is refused without loading it. */
export function checkBundleSize(byteLength: number): ValidationProblem | null {
  return byteLength > MAX_BUNDLE_BYTES
    ? {
        path: WHOLE_FILE,
        message: `is ${megabytes(byteLength)}, over the limit of ${MAX_BUNDLE_BYTES / (1024 * 1024)} MB`,
      }
    : null;
}

const fail = (path: string, message: string): Result<never> => ({
  ok: false,
  problem: { path, message },
});

/** Shape, then cross-references; the first problem wins, as the user fixes it first. */
export function validateBundle(value: unknown, known: KnownRecords = {}): Result<Bundle> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      WHOLE_FILE,
      `is not an Archkit bundle (expected an object with "format": "${BUNDLE_FORMAT}")`,
    );
  }
  // Before the shape: a newer file would fail it in confusing ways; say what to do instead.
  const { format, formatVersion } = value as { format?: unknown; formatVersion?: unknown };
  if (
    format === BUNDLE_FORMAT &&
    typeof formatVersion === 'number' &&
    formatVersion > BUNDLE_FORMAT_VERSION
  ) {
    return fail(
      'formatVersion',
      `was made by a newer Archkit (format version ${formatVersion}); update Archkit to open it`,
    );
  }
  const parsed = bundleSchema.safeParse(value);
  if (!parsed.success) {
    // Messages in plain words come from plain-messages.ts, loaded by the schemas.
    return { ok: false, problem: firstProblem(parsed.error) };
  }
  const problem = checkReferences(parsed.data, known);
  return problem ? { ok: false, problem } : { ok: true, value: parsed.data };
}

export function parseBundleText(text: string, known: KnownRecords = {}): Result<Bundle> {
  // Characters never outnumber UTF-8 bytes, so this refuses only what is surely too big.
  const tooBig = checkBundleSize(text.length);
  if (tooBig) return { ok: false, problem: tooBig };
  // Some editors save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const json = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return json.ok ? validateBundle(json.value, known) : json;
}

function quoted(id: string): string {
  return JSON.stringify(id);
}

function packName(pack: { id: string; version: number }): string {
  return `rubric pack ${quoted(pack.id)} version ${pack.version}`;
}

function checkReferences(bundle: Bundle, known: KnownRecords): ValidationProblem | null {
  const packs = new Map<string, RubricPack>();
  for (const pack of known.packs ?? []) packs.set(packKey(pack), pack);
  const seenPacks = new Map<string, number>();
  for (const [i, pack] of bundle.rubricPacks.entries()) {
    const key = packKey(pack);
    const first = seenPacks.get(key);
    if (first !== undefined) {
      return {
        path: `rubricPacks[${i}].version`,
        message: `repeats ${packName(pack)}, already at rubricPacks[${first}]`,
      };
    }
    seenPacks.set(key, i);
    packs.set(key, pack); // the file's copy of a pack wins over the app's
  }
  const packVersions = new Map<string, number[]>();
  for (const pack of packs.values()) {
    packVersions.set(pack.id, [...(packVersions.get(pack.id) ?? []), pack.version]);
  }

  const candidateIds = new Set<string>(known.candidateIds ?? []);
  const seenCandidates = new Map<string, number>();
  for (const [i, candidate] of bundle.candidates.entries()) {
    const first = seenCandidates.get(candidate.id);
    if (first !== undefined) {
      return {
        path: `candidates[${i}].id`,
        message: `repeats the id ${quoted(candidate.id)} of candidates[${first}]`,
      };
    }
    seenCandidates.set(candidate.id, i);
    candidateIds.add(candidate.id);
  }

  const seenScorecards = new Map<string, number>();
  // The pack of the previous card: a year of hiring is 120,000 cards of a pack or two.
  let previous = null as { id: string; version: number; index: PackIndex } | null;
  for (let i = 0; i < bundle.scorecards.length; i++) {
    const card = bundle.scorecards[i]!;
    const at = (...rest: (string | number)[]) => formatPath(['scorecards', i, ...rest]);
    const first = seenScorecards.get(card.id);
    if (first !== undefined) {
      return {
        path: at('id'),
        message: `repeats the id ${quoted(card.id)} of scorecards[${first}]`,
      };
    }
    seenScorecards.set(card.id, i);

    if (!candidateIds.has(card.candidateId)) {
      return {
        path: at('candidateId'),
        message: `names candidate ${quoted(card.candidateId)}, who is neither in this file nor in Archkit`,
      };
    }
    if (previous?.id === card.packId && previous.version === card.packVersion) {
      const problem = checkCardAgainstPack(previous.index, card, at);
      if (problem) return problem;
      continue;
    }
    const pack = packs.get(packKey({ id: card.packId, version: card.packVersion }));
    if (!pack) {
      const versions = packVersions.get(card.packId);
      return versions
        ? {
            path: at('packVersion'),
            message: `names ${packName({ id: card.packId, version: card.packVersion })}, which is neither in this file nor in Archkit (versions available: ${versions.sort((a, b) => a - b).join(', ')})`,
          }
        : {
            path: at('packId'),
            message: `names rubric pack ${quoted(card.packId)}, which is neither in this file nor in Archkit`,
          };
    }
    previous = { id: card.packId, version: card.packVersion, index: indexPack(pack) };
    const problem = checkCardAgainstPack(previous.index, card, at);
    if (problem) return problem;
  }
  return null;
}

/** The card's module, criteria and flags, all of its pack. */
function checkCardAgainstPack(
  index: PackIndex,
  card: Bundle['scorecards'][number],
  at: (...rest: (string | number)[]) => string,
): ValidationProblem | null {
  if (!index.modulePosition.has(card.moduleId)) {
    return {
      path: at('moduleId'),
      message: `names module ${quoted(card.moduleId)}, which is not in ${packName(index.pack)}`,
    };
  }
  for (const criterionId of Object.keys(card.ratings)) {
    const position = index.criterionPosition.get(criterionId);
    if (position === undefined) {
      return {
        path: at('ratings', criterionId),
        message: `rates criterion ${quoted(criterionId)}, which is not in ${packName(index.pack)}`,
      };
    }
    const owner = index.criteria[position]!.module.id;
    if (owner !== card.moduleId) {
      return {
        path: at('ratings', criterionId),
        message: `criterion ${quoted(criterionId)} belongs to module ${quoted(owner)}, not ${quoted(card.moduleId)}`,
      };
    }
  }
  // Any flag of the pack is accepted: the contract only refuses flags that do not exist.
  for (let f = 0; f < card.flags.length; f++) {
    const flagId = card.flags[f]!;
    if (!index.flagPosition.has(flagId)) {
      return {
        path: at('flags', f),
        message: `names flag ${quoted(flagId)}, which is not in ${packName(index.pack)}`,
      };
    }
  }
  return null;
}
