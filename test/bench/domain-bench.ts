/**
 * A year of hiring through the domain: 10,000 candidates × 12 submitted scorecards (three
 * interviewers on each of four modules) with a few sentences of evidence per criterion.
 * Run with `npx tsx test/bench/domain-bench.ts`; the bench runner calls `runDomainBench`.
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Bundle } from '../../src/domain/bundle-schema';
import {
  MAX_BUNDLE_BYTES,
  parseBundleText,
  validateBundle,
} from '../../src/domain/bundle-validate';
import type { Candidate } from '../../src/domain/candidate-schema';
import { TRACKS } from '../../src/domain/common-schema';
import { reportsToJsonText } from '../../src/domain/report-json';
import { reportsToMarkdown } from '../../src/domain/report-markdown';
import { buildBundleReports } from '../../src/domain/report-model';
import type { RubricModule, RubricPack } from '../../src/domain/rubric-schema';
import type { Level, Rating, Scorecard } from '../../src/domain/scorecard-schema';

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

const MODULES = ['failure-mode', 'live-sketch', 'doc-review', 'cost-observability'] as const;
const INTERVIEWERS = [
  'Priya Raman',
  'Tom Becker',
  'Aiko Tanaka',
  'Sam Okafor',
  'Lena Novak',
  'Diego Alvarez',
];
const SENTENCES = [
  'Described the outage when the model provider rate-limited them during the Monday peak.',
  'Detection was a p95 latency alert at 4 s on the gateway, paged within two minutes.',
  'Fallback served cached answers for known intents and routed the rest to a human queue.',
  'Could not say how the fallback was chosen; "we had monitoring" was the whole answer.',
  'Named the trade-off between RAG and fine-tuning and why they rejected fine-tuning for freshness.',
  'Sketched the retrieval service, the orchestrator and the guardrail layer with clear contracts.',
  'Quoted cost per request at about 0.8 cents, measured from token logs over a week.',
  'The architecture document had a system diagram, data flows and a failure-mode section.',
  'Talked mostly about the framework they like rather than the problem we described.',
  'Explained how retries use idempotency keys so a tool call never charges a card twice.',
  'Eval set of 400 labelled questions, run before every prompt or model change.',
  'Asked about the latency budget, the volume and who acts on the output before drawing anything.',
];

/** mulberry32: a small seeded generator, so every run builds the same bundle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function benchPack(): RubricPack {
  const modules: RubricModule[] = MODULES.map((id) => ({
    id,
    kind: id,
    title: id.replace('-', ' '),
    weight: 1,
    timeBudgetMinutes: 30,
    prompts: [{ question: `Tell us about ${id}.`, followUps: ['What changed afterwards?'] }],
    criteria: Array.from({ length: 6 }, (_, c) => ({
      id: `${id}-c${c}`,
      title: `${id} criterion ${c}`,
      signal: c === 5 ? 'engineering' : 'architecture',
      weight: c === 3 ? 2 : c === 5 ? 1.5 : 1,
      levels: ['Names a tool', 'Names a pattern', 'Names a trade-off', 'Names the rejected option'],
    })),
    flags: [
      { id: `${id}-gate`, label: `Gate on ${id}`, effect: 'gate' },
      { id: `${id}-warn`, label: `Warning on ${id}`, effect: 'warn' },
    ],
  }));
  return {
    id: 'bench-pack',
    version: 1,
    title: 'Bench pack',
    modules,
    verdictPolicy: {
      architectMin: 70,
      engineeringMin: 50,
      mislabeledArchitectureMax: 45,
      minModules: 3,
      requiredModules: ['failure-mode', 'doc-review'],
    },
    trackWeights: { fractional: { 'doc-review': 2, 'cost-observability': 1.5 } },
  };
}

export function makeBenchBundle(candidateCount = 10_000, seed = 42): Bundle {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const pack = benchPack();
  const at = '2026-06-01T09:00:00.000Z';
  const candidates: Candidate[] = [];
  const scorecards: Scorecard[] = [];
  for (let i = 0; i < candidateCount; i++) {
    const id = `cand-${i.toString().padStart(6, '0')}-${Math.floor(rand() * 1e9).toString(36)}`;
    candidates.push({
      id,
      name: `Candidate ${i}`,
      track: pick(TRACKS),
      claimedTitle: 'Senior AI Architect',
      email: `candidate${i}@example.com`,
      createdAt: at,
    });
    const ability = rand(); // so verdicts spread over all five outcomes
    const panel = [pick(INTERVIEWERS), pick(INTERVIEWERS), pick(INTERVIEWERS)];
    for (const module of pack.modules) {
      panel.forEach((interviewer, p) => {
        const ratings: Record<string, Rating> = {};
        for (const criterion of module.criteria) {
          const level =
            rand() < 0.08
              ? null
              : (Math.min(
                  4,
                  Math.max(1, Math.round(1 + ability * 3 + (rand() - 0.5) * 1.6)),
                ) as Level);
          const evidence = rand() < 0.5 ? pick(SENTENCES) : `${pick(SENTENCES)} ${pick(SENTENCES)}`;
          ratings[criterion.id] = { level, evidence };
        }
        scorecards.push({
          id: `${id}-${module.id}-${p}`,
          candidateId: id,
          interviewer,
          packId: pack.id,
          packVersion: pack.version,
          moduleId: module.id,
          status: 'submitted',
          ratings,
          flags: rand() < 0.05 ? [pick(module.flags!).id] : [],
          recommendation: pick(['strong-no', 'no', 'yes', 'strong-yes', null] as const),
          notes: rand() < 0.3 ? pick(SENTENCES) : '',
          updatedAt: at,
          submittedAt: at,
        });
      });
    }
  }
  return {
    format: 'archkit-bundle',
    formatVersion: 1,
    exportedAt: at,
    rubricPacks: [pack],
    candidates,
    scorecards,
  };
}

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
  const text = JSON.stringify(makeBenchBundle(candidates, seed));
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
