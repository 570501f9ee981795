import { describe, expect, it } from 'vitest';
import { parseRubricPackText, validateRubricPack } from '../../src/domain/rubric-validate';
import { makePack } from '../fixtures/packs';

type Mutation = (pack: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

const cases: { name: string; mutate: Mutation; path: string; message: RegExp }[] = [
  { name: 'missing title', mutate: (p) => delete p.title, path: 'title', message: /is missing/ },
  { name: 'version 0', mutate: (p) => (p.version = 0), path: 'version', message: /at least 1/ },
  {
    name: 'version not an integer',
    mutate: (p) => (p.version = 1.5),
    path: 'version',
    message: /whole number/,
  },
  {
    name: 'no modules',
    mutate: (p) => (p.modules = []),
    path: 'modules',
    message: /at least one module/,
  },
  {
    name: 'unknown module kind',
    mutate: (p) => (p.modules[0].kind = 'coding'),
    path: 'modules[0].kind',
    message: /failure-mode/,
  },
  {
    name: 'module weight 0',
    mutate: (p) => (p.modules[0].weight = 0),
    path: 'modules[0].weight',
    message: /greater than 0/,
  },
  {
    name: 'negative time budget',
    mutate: (p) => (p.modules[0].timeBudgetMinutes = -5),
    path: 'modules[0].timeBudgetMinutes',
    message: /greater than 0/,
  },
  {
    name: 'no prompts',
    mutate: (p) => (p.modules[0].prompts = []),
    path: 'modules[0].prompts',
    message: /at least one prompt/,
  },
  {
    name: 'empty prompt question',
    mutate: (p) => (p.modules[0].prompts[0].question = '  '),
    path: 'modules[0].prompts[0].question',
    message: /must not be empty/,
  },
  {
    name: 'three levels',
    mutate: (p) => p.modules[0].criteria[0].levels.pop(),
    path: 'modules[0].criteria[0].levels',
    message: /exactly four/,
  },
  {
    name: 'five levels',
    mutate: (p) => p.modules[0].criteria[1].levels.push('more'),
    path: 'modules[0].criteria[1].levels',
    message: /exactly four/,
  },
  {
    name: 'an empty level',
    mutate: (p) => (p.modules[0].criteria[0].levels[2] = ''),
    path: 'modules[0].criteria[0].levels[2]',
    message: /must not be empty/,
  },
  {
    name: 'unknown signal',
    mutate: (p) => (p.modules[0].criteria[0].signal = 'vibes'),
    path: 'modules[0].criteria[0].signal',
    message: /architecture/,
  },
  {
    name: 'duplicate criterion id',
    mutate: (p) => (p.modules[0].criteria[1].id = 'fm-scenario'),
    path: 'modules[0].criteria[1].id',
    message: /duplicate criterion id/,
  },
  {
    name: 'unknown flag effect',
    mutate: (p) => (p.modules[0].flags[0].effect = 'block'),
    path: 'modules[0].flags[0].effect',
    message: /gate/,
  },
  {
    name: 'threshold over 100',
    mutate: (p) => (p.verdictPolicy.architectMin = 101),
    path: 'verdictPolicy.architectMin',
    message: /between 0 and 100/,
  },
  {
    name: 'minModules 0',
    mutate: (p) => (p.verdictPolicy.minModules = 0),
    path: 'verdictPolicy.minModules',
    message: /at least 1/,
  },
  {
    name: 'required module not in the pack',
    mutate: (p) => (p.verdictPolicy.requiredModules = ['ghost']),
    path: 'verdictPolicy.requiredModules[0]',
    message: /not in this pack/,
  },
  {
    name: 'track weight for an unknown module',
    mutate: (p) => (p.trackWeights = { fractional: { ghost: 2 } }),
    path: 'trackWeights.fractional.ghost',
    message: /not in this pack/,
  },
  {
    name: 'unknown track',
    mutate: (p) => (p.trackWeights = { contractor: { 'failure-mode': 2 } }),
    path: 'trackWeights.contractor',
    message: /./,
  },
];

describe('rubric pack validation', () => {
  it('accepts the fixture pack', () => {
    expect(validateRubricPack(makePack()).ok).toBe(true);
  });

  it.each(cases)('rejects a pack with $name, naming $path', ({ mutate, path, message }) => {
    const pack = structuredClone(makePack()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    mutate(pack);
    const result = validateRubricPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.path).toBe(path);
    expect(result.problem.message).toMatch(message);
  });

  it('keeps unknown fields, as the bundle contract asks', () => {
    const result = validateRubricPack({ ...makePack(), futureField: { a: 1 } });
    expect(result.ok && (result.value as Record<string, unknown>).futureField).toEqual({ a: 1 });
  });

  it.each([
    ['', /is empty/],
    ['{not json', /not valid JSON/],
    ['{"id":"x","__proto__":{"polluted":true}}', /forbidden key "__proto__"/],
    ['{"a":{"constructor":{"prototype":1}}}', /forbidden key "constructor"/],
    ['{"a":{"\\u005f_proto__":{"polluted":true}}}', /forbidden key "__proto__"/],
  ])('rejects the text %j', (text, message) => {
    const result = parseRubricPackText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
