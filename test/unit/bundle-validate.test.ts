import { describe, expect, it } from 'vitest';
import {
  checkBundleSize,
  MAX_BUNDLE_BYTES,
  parseBundleText,
  validateBundle,
} from '../../src/domain/bundle-validate';
import {
  makeBundle,
  makeCandidate,
  makeScorecard,
  makeTestPack,
  ratings,
  workedExample,
} from '../fixtures/factories';

type Path = (string | number)[];
type Node = Record<string | number, unknown>;
const REMOVE = Symbol('remove');

/** The worked example as JSON text with each [path, value] set (or removed), as a hostile file would be. */
function edited(...edits: [Path, unknown][]): string {
  const json = JSON.parse(JSON.stringify(workedExample())) as Node;
  for (const [path, value] of edits) {
    let node = json;
    for (const key of path.slice(0, -1)) node = node[key] as Node;
    const last = path.at(-1)!;
    if (value === REMOVE) delete node[last];
    else node[last] = value;
  }
  return JSON.stringify(json);
}

const example = workedExample();
const level = (s: number, criterionId: string): Path => [
  'scorecards',
  s,
  'ratings',
  criterionId,
  'level',
];

const hostile: { name: string; text: string; path: string; message: string | RegExp }[] = [
  { name: 'an empty file', text: '  \n', path: '(the whole file)', message: 'is empty' },
  {
    name: 'not JSON',
    text: '{"format": "archkit-bundle",',
    path: '(the whole file)',
    message: /^is not valid JSON/,
  },
  {
    name: 'a JSON array',
    text: '[]',
    path: '(the whole file)',
    message: /is not an Archkit bundle/,
  },
  {
    name: 'a wrong format name',
    text: edited([['format'], 'archkit-backup']),
    path: 'format',
    message: 'must be "archkit-bundle"',
  },
  {
    name: 'a newer format version',
    text: edited([['formatVersion'], 2], [['scorecards'], 'changed in format 2']),
    path: 'formatVersion',
    message: 'was made by a newer Archkit (format version 2); update Archkit to open it',
  },
  {
    name: 'format version 0',
    text: edited([['formatVersion'], 0]),
    path: 'formatVersion',
    message: 'must be 1',
  },
  {
    name: 'a missing array',
    text: edited([['candidates'], REMOVE]),
    path: 'candidates',
    message: 'is missing',
  },
  {
    name: 'level 0',
    text: edited([level(1, 'a2'), 0]),
    path: 'scorecards[1].ratings.a2.level',
    message: 'must be 1, 2, 3, 4 or null',
  },
  {
    name: 'level 5',
    text: edited([level(0, 'a1'), 5]),
    path: 'scorecards[0].ratings.a1.level',
    message: 'must be 1, 2, 3, 4 or null',
  },
  {
    name: 'level "3"',
    text: edited([level(2, 'e2'), '3']),
    path: 'scorecards[2].ratings.e2.level',
    message: 'must be 1, 2, 3, 4 or null',
  },
  {
    name: 'an unknown status',
    text: edited([['scorecards', 0, 'status'], 'final']),
    path: 'scorecards[0].status',
    message: 'must be one of "draft", "submitted"',
  },
  {
    name: 'a dangling candidate id',
    text: edited([['scorecards', 2, 'candidateId'], 'ghost']),
    path: 'scorecards[2].candidateId',
    message: 'names candidate "ghost", who is neither in this file nor in Archkit',
  },
  {
    name: 'an unknown pack',
    text: edited([['scorecards', 0, 'packId'], 'nope']),
    path: 'scorecards[0].packId',
    message: 'names rubric pack "nope", which is neither in this file nor in Archkit',
  },
  {
    name: 'an unknown pack version',
    text: edited([['scorecards', 0, 'packVersion'], 7]),
    path: 'scorecards[0].packVersion',
    message:
      'names rubric pack "test-pack" version 7, which is neither in this file nor in Archkit (versions available: 1)',
  },
  {
    name: 'an unknown module',
    text: edited([['scorecards', 1, 'moduleId'], 'm9']),
    path: 'scorecards[1].moduleId',
    message: 'names module "m9", which is not in rubric pack "test-pack" version 1',
  },
  {
    name: 'an unknown criterion',
    text: edited([['scorecards', 0, 'ratings', 'fm-x'], { level: 2, evidence: '' }]),
    path: 'scorecards[0].ratings.fm-x',
    message: 'rates criterion "fm-x", which is not in rubric pack "test-pack" version 1',
  },
  {
    name: 'a criterion of another module',
    text: edited([['scorecards', 2, 'ratings', 'a1'], { level: 2, evidence: '' }]),
    path: 'scorecards[2].ratings.a1',
    message: 'criterion "a1" belongs to module "m1", not "m2"',
  },
  {
    name: 'an unknown flag',
    text: edited([
      ['scorecards', 0, 'flags'],
      ['w1', 'made-up'],
    ]),
    path: 'scorecards[0].flags[1]',
    message: 'names flag "made-up", which is not in rubric pack "test-pack" version 1',
  },
  {
    name: 'an unknown flag on a later card of the same pack',
    text: edited([['scorecards', 3, 'flags'], ['made-up']]),
    path: 'scorecards[3].flags[0]',
    message: 'names flag "made-up", which is not in rubric pack "test-pack" version 1',
  },
  {
    name: 'a duplicate scorecard id',
    text: edited([['scorecards', 3, 'id'], 's1']),
    path: 'scorecards[3].id',
    message: 'repeats the id "s1" of scorecards[0]',
  },
  {
    name: 'a duplicate candidate id',
    text: edited([['candidates', 1], { ...example.candidates[0], name: 'Twin' }]),
    path: 'candidates[1].id',
    message: 'repeats the id "c1" of candidates[0]',
  },
  {
    name: 'a duplicate pack version',
    text: edited([['rubricPacks', 1], example.rubricPacks[0]]),
    path: 'rubricPacks[1].version',
    message: 'repeats rubric pack "test-pack" version 1, already at rubricPacks[0]',
  },
  {
    name: 'a __proto__ key',
    text: edited([
      ['scorecards', 0, 'ratings'],
      JSON.parse('{"__proto__": {"level": 2, "evidence": ""}}'),
    ]),
    path: 'scorecards[0].ratings.__proto__',
    message: 'uses the forbidden key "__proto__"',
  },
  {
    name: 'a constructor key',
    text: edited([['candidates', 0, 'constructor'], { prototype: {} }]),
    path: 'candidates[0].constructor',
    message: 'uses the forbidden key "constructor"',
  },
  {
    name: 'a missing candidate name',
    text: edited([['candidates', 0, 'name'], REMOVE]),
    path: 'candidates[0].name',
    message: 'is missing',
  },
  {
    name: 'a non-array scorecards',
    text: edited([['scorecards'], {}]),
    path: 'scorecards',
    message: 'must be a list, not an object',
  },
  {
    name: 'pack version 0',
    text: edited([['scorecards', 0, 'packVersion'], 0]),
    path: 'scorecards[0].packVersion',
    message: 'must be at least 1',
  },
];

describe('parseBundleText rejects hostile files with a message naming the path', () => {
  it.each(hostile)('$name', ({ text, path, message }) => {
    const result = parseBundleText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.path).toBe(path);
    if (typeof message === 'string') expect(result.problem.message).toBe(message);
    else expect(result.problem.message).toMatch(message);
  });

  it('accepts the worked example and keeps unknown extra fields', () => {
    const text = edited([['futureField'], { kept: true }], [['candidates', 0, 'pronouns'], 'she']);
    const result = parseBundleText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((result.value as Record<string, unknown>).futureField).toEqual({ kept: true });
    expect((result.value.candidates[0] as Record<string, unknown>).pronouns).toBe('she');
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseBundleText(`\uFEFF${JSON.stringify(workedExample())}`).ok).toBe(true);
  });

  it('accepts a flag of another module of the same pack', () => {
    expect(parseBundleText(edited([['scorecards', 0, 'flags'], ['w2']])).ok).toBe(true);
  });

  it('reports the first problem in file order', () => {
    const text = edited(
      [['scorecards', 1, 'moduleId'], 'm9'],
      [['scorecards', 2, 'candidateId'], 'ghost'],
    );
    const result = parseBundleText(text);
    expect(!result.ok && result.problem.path).toBe('scorecards[1].moduleId');
  });
});

describe('records already in the app', () => {
  const pack = makeTestPack({ version: 3 });
  const onlyScorecard = makeBundle({
    rubricPacks: [],
    candidates: [],
    scorecards: [
      makeScorecard({
        id: 's',
        candidateId: 'known',
        moduleId: 'm1',
        packVersion: 3,
        ratings: ratings({ a1: 2 }),
      }),
    ],
  });

  it('lets a scorecard name a pack version and a candidate the app already has', () => {
    expect(validateBundle(onlyScorecard, { packs: [pack], candidateIds: ['known'] }).ok).toBe(true);
  });

  it('still refuses them when the app does not have them', () => {
    const result = validateBundle(onlyScorecard, { packs: [pack] });
    expect(!result.ok && result.problem.path).toBe('scorecards[0].candidateId');
    const noPack = validateBundle(onlyScorecard, { candidateIds: new Set(['known']) });
    expect(!noPack.ok && noPack.problem.path).toBe('scorecards[0].packId');
  });

  it('checks a scorecard against the file’s copy of a pack over the app’s', () => {
    const appPack = makeTestPack({
      version: 3,
      modules: [makeTestPack().modules[1]!],
      verdictPolicy: { ...makeTestPack().verdictPolicy, requiredModules: [] },
    });
    const bundle = {
      ...onlyScorecard,
      rubricPacks: [pack],
      candidates: [makeCandidate({ id: 'known' })],
    };
    expect(validateBundle(bundle, { packs: [appPack] }).ok).toBe(true);
  });
});

describe('size guard', () => {
  it('lets 256 MB through and refuses a byte more, in megabytes', () => {
    expect(MAX_BUNDLE_BYTES).toBe(256 * 1024 * 1024);
    expect(checkBundleSize(MAX_BUNDLE_BYTES)).toBeNull();
    expect(checkBundleSize(300 * 1024 * 1024)).toEqual({
      path: '(the whole file)',
      message: 'is 300.0 MB, over the limit of 256 MB',
    });
  });

  it('refuses text longer than the limit without parsing it', () => {
    const huge = ' '.repeat(MAX_BUNDLE_BYTES + 1);
    const result = parseBundleText(huge);
    expect(!result.ok && result.problem.message).toBe('is 256.0 MB, over the limit of 256 MB');
  });
});
