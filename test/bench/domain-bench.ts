/**
 * A year of hiring through the domain: 10,000 candidates × 12 submitted scorecards (three
 * interviewers on each of four modules) with a few sentences of evidence per criterion.
 * Run with `npx tsx test/bench/domain-bench.ts`; the bench runner calls `runDomainBench`.
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  MAX_BUNDLE_BYTES,
  parseBundleText,
  validateBundle,
} from '../../src/domain/bundle-validate';
import { reportsToJsonText } from '../../src/domain/report-json';
import { reportsToMarkdown } from '../../src/domain/report-markdown';
import { buildBundleReports } from '../../src/domain/report-model';
import { makeYearOfHiring } from '../fixtures/year-of-hiring';

export type DomainBenchOptions = { candidates?: number; runs?: number; seed?: number };

export type DomainBenchFigures = {
  candidates: number;
  scorecards: number;
  bundleBytes: number;
  /** Share of MAX_BUNDLE_BYTES the bundle uses. */
  shareOfLimit: number;
  /** Medians, in milliseconds. */
  parseAndValidateMs: number;
  validateMs: number;
  reportsMs: number;
  jsonMs: number;
  markdownMs: number;
  runs: number;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  const times: number[] = [];
  const run = (): T => {
    settle();
    const start = performance.now();
    const result = work();
    times.push(performance.now() - start);
    return result;
  };
  // Earlier runs' results are dropped at once, so every run starts from the same heap.
  for (let i = 1; i < runs; i++) run();
  const result = run();
  return { ms: median(times), result };
}

/** In its own function so the raw copy it parses is garbage once it returns. */
function timeValidate(text: string, runs: number): number {
  const raw: unknown = JSON.parse(text);
  return time(runs, () => {
    if (!validateBundle(raw).ok) throw new Error('bench bundle rejected');
  }).ms;
}

/**
 * Collects garbage between phases, so a phase does not pay for the copies the one before
 * it threw away (node exposes gc() to a new context once the flag is set at run time).
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function settle(): void {
  collectGarbage();
}

export function runDomainBench(options: DomainBenchOptions = {}): DomainBenchFigures {
  const { candidates = 10_000, runs = 5, seed = 42 } = options;
  // Only the text is kept from generation: the app holds one copy of the data, not three.
  const text = JSON.stringify(makeYearOfHiring({ candidates, seed }));
  const bundleBytes = Buffer.byteLength(text, 'utf8');
  settle();

  const parsed = time(runs, () => parseBundleText(text));
  if (!parsed.result.ok)
    throw new Error(`bench bundle rejected: ${JSON.stringify(parsed.result.problem)}`);
  const bundle = parsed.result.value;
  settle();
  const validateMs = timeValidate(text, runs);
  settle();

  const reports = time(runs, () => buildBundleReports(bundle));
  if (reports.result.length !== candidates)
    throw new Error('bench produced the wrong number of reports');
  settle();
  const json = time(runs, () => reportsToJsonText(reports.result));
  const markdown = time(runs, () => reportsToMarkdown(reports.result));

  return {
    candidates,
    scorecards: bundle.scorecards.length,
    bundleBytes,
    shareOfLimit: bundleBytes / MAX_BUNDLE_BYTES,
    parseAndValidateMs: parsed.ms,
    validateMs,
    reportsMs: reports.ms,
    jsonMs: json.ms,
    markdownMs: markdown.ms,
    runs,
  };
}

function printTable(f: DomainBenchFigures): void {
  const rows: [string, string][] = [
    [
      'candidates × scorecards',
      `${f.candidates} × ${f.scorecards / f.candidates} = ${f.scorecards}`,
    ],
    [
      'bundle size',
      `${(f.bundleBytes / 1024 / 1024).toFixed(1)} MB (${(f.shareOfLimit * 100).toFixed(0)}% of the limit)`,
    ],
    ['parse + validate (text)', `${f.parseAndValidateMs.toFixed(0)} ms`],
    ['validateBundle (object)', `${f.validateMs.toFixed(0)} ms`],
    ['all reports', `${f.reportsMs.toFixed(0)} ms`],
    ['reports → JSON text', `${f.jsonMs.toFixed(0)} ms`],
    ['reports → Markdown', `${f.markdownMs.toFixed(0)} ms`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`domain bench (median of ${f.runs} runs)`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printTable(runDomainBench());
}
