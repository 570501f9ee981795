import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRubricFiles } from '../../src/cli/rubric-files-check';
import { makePack } from '../fixtures/packs';

const asFile = (path: string, value: unknown) => ({ path, text: JSON.stringify(value) });

describe('rubrics:check', () => {
  it('finds every shipped pack file valid', () => {
    const files = readdirSync('rubrics')
      .filter((name) => /\.v\d+\.json$/.test(name))
      .map((name) => ({ path: `rubrics/${name}`, text: readFileSync(`rubrics/${name}`, 'utf8') }));
    expect(files.length).toBeGreaterThan(0);
    expect(checkRubricFiles(files)).toEqual([]);
  });

  it('names the file and the field of the first problem', () => {
    const pack = makePack();
    pack.modules[0]!.criteria[0]!.levels = ['only', 'three', 'levels'];
    expect(checkRubricFiles([asFile('rubrics/test-pack.v1.json', pack)])).toEqual([
      'rubrics/test-pack.v1.json: modules[0].criteria[0].levels: must have exactly four anchored levels (1 to 4)',
    ]);
  });

  it('requires the file name to match the pack id and version', () => {
    expect(checkRubricFiles([asFile('rubrics/other.v3.json', makePack())])[0]).toMatch(
      /must be named test-pack\.v1\.json/,
    );
  });

  it('reports a pack version defined twice', () => {
    const problems = checkRubricFiles([
      asFile('a/test-pack.v1.json', makePack()),
      asFile('b/test-pack.v1.json', makePack()),
    ]);
    expect(problems).toEqual([
      'b/test-pack.v1.json: pack test-pack@1 is also defined in a/test-pack.v1.json',
    ]);
  });
});
