import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReportArgs, runReportCommand, type ReportIo } from '../../src/cli/report-command';
import { MAX_BUNDLE_BYTES } from '../../src/domain/bundle-validate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name: string) => join(root, 'test', 'fixtures', 'bundles', name);

function run(args: string[], overrides: Partial<ReportIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runReportCommand(args, {
    fileSize: (file) => statSync(file).size,
    readFile: (file) => readFileSync(file, 'utf8'),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...overrides,
  });
  return { code, stdout, stderr };
}

describe('archkit report, in process', () => {
  it('prints the JSON of every report, in candidate order', () => {
    const { code, stdout, stderr } = run([fixture('panel.json'), '--format', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    const { reports } = JSON.parse(stdout);
    expect(
      reports.map((r: { candidateId: string; verdict: string }) => [r.candidateId, r.verdict]),
    ).toEqual([
      ['c1', 'borderline'],
      ['c2', 'mislabeled-engineer'],
      ['c3', 'insufficient-evidence'],
    ]);
    expect(reports[0].architectureScore).toBeCloseTo(500 / 7, 10);
    expect(Object.keys(reports[0])).toEqual([
      'candidateId',
      'packId',
      'packVersion',
      'verdict',
      'architectureScore',
      'engineeringScore',
      'modules',
      'flagsRaised',
      'disagreements',
      'agreement',
      'reasons',
    ]);
    expect(reports[1].flagsRaised).toEqual(['g1']);
    expect(reports[2].modules).toEqual([
      { moduleId: 'm1', score: null },
      { moduleId: 'm2', score: null },
    ]);
    expect(stdout).toBe(`${JSON.stringify({ reports }, null, 2)}\n`);
  });

  it('prints Markdown by default, reports separated by a rule', () => {
    const { code, stdout } = run([fixture('panel.json')]);
    expect(code).toBe(0);
    expect(stdout.split('\n---\n')).toHaveLength(3);
    expect(stdout.startsWith('# Jane Doe (full-time)')).toBe(true);
    expect(run(['--format=md', fixture('panel.json')]).stdout).toBe(stdout);
  });

  it.each([
    [
      'level-out-of-range.json',
      'archkit report: scorecards[3].ratings.a3.level: must be 1, 2, 3, 4 or null\n',
    ],
    [
      'criterion-of-another-module.json',
      'archkit report: scorecards[4].ratings.a3: criterion "a3" belongs to module "m2", not "m1"\n',
    ],
    [
      'newer-format.json',
      'archkit report: formatVersion: was made by a newer Archkit (format version 2); update Archkit to open it\n',
    ],
    ['empty.txt', 'archkit report: (the whole file): is empty\n'],
  ])('rejects %s with status 2, nothing on stdout', (name, message) => {
    expect(run([fixture(name)])).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('rejects a file over the size limit before reading it', () => {
    const result = run(['big.json'], {
      fileSize: () => MAX_BUNDLE_BYTES + 1,
      readFile: () => {
        throw new Error('must not be read');
      },
    });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archkit report: (the whole file): is 256.0 MB, over the limit of 256 MB\n',
    });
  });

  it('rejects a missing file and bad arguments', () => {
    expect(run([fixture('nope.json')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `archkit report: ${fixture('nope.json')}: no such file\n`,
    });
    for (const args of [
      [],
      ['a.json', 'b.json'],
      ['a.json', '--format', 'html'],
      ['a.json', '--format'],
      ['--verbose', 'a.json'],
    ]) {
      const result = run(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^archkit report: .+\nusage: npm run --silent report -- FILE \[--format md\|json\]\n$/,
      );
    }
  });

  it('parses its arguments', () => {
    expect(parseReportArgs(['x.json', '--format', 'json'])).toEqual({
      file: 'x.json',
      format: 'json',
    });
    expect(parseReportArgs(['--format=json', 'x.json'])).toEqual({
      file: 'x.json',
      format: 'json',
    });
    expect(parseReportArgs(['x.json'])).toEqual({ file: 'x.json', format: 'md' });
    expect(parseReportArgs(['x.json', '--format', 'html'])).toEqual({
      error: '--format must be md or json, not "html"',
    });
  });
});

// Each case starts node and tsx: seconds on a busy two-core machine, so a minute each.
describe('archkit report, as a process', { timeout: 60_000 }, () => {
  const spawn = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/cli/report.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints JSON and exits 0', () => {
    const result = spawn(fixture('panel.json'), '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).reports).toHaveLength(3);
  });

  it('prints Markdown and exits 0', () => {
    const result = spawn('test/fixtures/bundles/panel.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('## Verdict: Mislabeled engineer');
  });

  it('exits 2 with nothing on stdout for a rejected file', () => {
    const result = spawn(fixture('not-json.txt'), '--format', 'json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/archkit report: \(the whole file\): is not valid JSON/);
  });
});
