import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

// `npm run lighthouse`: Lighthouse (mobile, default simulated throttling) with Debian's Chromium
// on the built app, each page audited RUNS times; performance varies run to run, so the table
// shows the median. Two kinds of page:
// - first visit: Lighthouse launches its own browser with an empty profile each run;
// - with data: the hiring report of a sample candidate. The samples are loaded through the UI
//   in a browser started here, and Lighthouse audits that browser (--port). Its storage reset
//   clears the service worker, Cache Storage and the HTTP cache before each run but keeps
//   IndexedDB (Lighthouse 12's default `clearStorageTypes`), so each run is a cold load of
//   the app over the same data, as comparable with the first visit as it can be.
//
// LIGHTHOUSE_DIST (default dist), LIGHTHOUSE_PORT (4192), LIGHTHOUSE_CHROME_PORT (4195) and
// LIGHTHOUSE_RUNS (3) let a second build be audited beside other servers. LIGHTHOUSE_PAGES
// (first-visit, report or both, the default) picks the pages; LIGHTHOUSE_KEEP=<dir> keeps each
// run's JSON there, to study a trace's timings.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4192);
const CHROME_PORT = Number(process.env.LIGHTHOUSE_CHROME_PORT ?? 4195);
const DIST = process.env.LIGHTHOUSE_DIST ?? 'dist';
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const PAGES = process.env.LIGHTHOUSE_PAGES ?? 'both';
if (!['first-visit', 'report', 'both'].includes(PAGES))
  throw new Error(`LIGHTHOUSE_PAGES is first-visit, report or both, not "${PAGES}"`);
const KEEP = process.env.LIGHTHOUSE_KEEP;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BASE = `http://127.0.0.1:${PORT}`;
const FIRST_VISIT_PAGES = ['/', '/rubrics/ai-architect-default/1', '/how-scoring-works'];
const SAMPLE_CANDIDATE = 'Daniel Kowalczyk';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

type Audit = { id: string; title: string; score: number | null; displayValue?: string };
type Result = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
};

async function waitFor(url: string, what: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not start`);
}

let runCount = 0;
function lighthouse(url: string, browserFlags: string[]): Result {
  const out = join(tmpdir(), `archkit-lighthouse-${process.pid}-${runCount++}.json`);
  const run = spawnSync(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      ...browserFlags,
    ],
    { env: { ...process.env, CHROME_PATH }, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as Result;
  if (KEEP) {
    mkdirSync(KEEP, { recursive: true });
    copyFileSync(out, join(KEEP, `run-${runCount}.json`));
  }
  rmSync(out, { force: true });
  return result;
}

const score = (result: Result, category: string) =>
  Math.round((result.categories[category]?.score ?? 0) * 100);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Opens a sample candidate's report in the browser at CHROME_PORT; returns its path. */
async function loadSampleData(): Promise<string> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${CHROME_PORT}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(BASE);
    await page.getByRole('button', { name: /Score interviews/ }).click();
    await page.getByRole('button', { name: 'Load sample candidates' }).click();
    await page.getByRole('link', { name: /^\d+ candidates$/ }).click();
    const href = await page.getByRole('link', { name: SAMPLE_CANDIDATE }).getAttribute('href');
    if (!href) throw new Error(`no link to ${SAMPLE_CANDIDATE}`);
    const report = `${href}/report`;
    await page.goto(`${BASE}${report}`);
    await page.getByRole('heading', { level: 1, name: SAMPLE_CANDIDATE }).waitFor();
    await page.close();
    return report;
  } finally {
    await browser.close();
  }
}

/** The report still shows after the runs: Lighthouse's storage reset kept the data. */
async function expectReportStillThere(report: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${CHROME_PORT}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(`${BASE}${report}`);
    await page.getByRole('heading', { level: 1, name: SAMPLE_CANDIDATE }).waitFor();
    await page.close();
  } finally {
    await browser.close();
  }
}

const results = new Map<string, Result[]>();
const stopAll: ChildProcess[] = [];
try {
  stopAll.push(
    spawn(
      'npx',
      [
        ...['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
        ...['--outDir', DIST],
      ],
      { stdio: 'ignore', detached: true },
    ),
  );
  await waitFor(BASE, 'vite preview');

  for (const page of PAGES === 'report' ? [] : FIRST_VISIT_PAGES) {
    for (let run = 0; run < RUNS; run++) {
      const result = lighthouse(`${BASE}${page}`, [`--chrome-flags=${CHROME_FLAGS.join(' ')}`]);
      results.set(page, [...(results.get(page) ?? []), result]);
    }
  }

  if (PAGES !== 'first-visit') {
    const profile = mkdtempSync(join(tmpdir(), 'archkit-lighthouse-profile-'));
    stopAll.push(
      spawn(
        CHROME_PATH,
        [
          ...CHROME_FLAGS,
          `--user-data-dir=${profile}`,
          `--remote-debugging-port=${CHROME_PORT}`,
          '--remote-debugging-address=127.0.0.1',
          'about:blank',
        ],
        { stdio: 'ignore', detached: true },
      ),
    );
    await waitFor(`http://127.0.0.1:${CHROME_PORT}/json/version`, 'Chromium');
    const report = await loadSampleData();
    const reportLabel = '/candidates/<id>/report';
    for (let run = 0; run < RUNS; run++) {
      const result = lighthouse(`${BASE}${report}`, [`--port=${CHROME_PORT}`]);
      results.set(reportLabel, [...(results.get(reportLabel) ?? []), result]);
    }
    await expectReportStillThere(report);
  }
} finally {
  for (const child of stopAll.reverse()) if (child.pid) process.kill(-child.pid);
}

console.log(
  `\nLighthouse, mobile, ${RUNS} run(s) per page: median performance (range), lowest accessibility and best practices\n`,
);
console.log('| page | performance | accessibility | best practices |\n|---|---|---|---|');
for (const [page, runs] of results) {
  const performance = runs.map((run) => score(run, 'performance'));
  const lowest = (category: string) => Math.min(...runs.map((run) => score(run, category)));
  console.log(
    `| ${page} | ${median(performance)} (${Math.min(...performance)}–${Math.max(...performance)}) | ${lowest('accessibility')} | ${lowest('best-practices')} |`,
  );
}

// What costs the points, so the numbers can be explained: every audit that lost points in a
// run where its category scored under 100, with its value in each run. The performance
// category's audits are its five metrics.
for (const [page, runs] of results) {
  console.log(`\n${page}`);
  for (const category of CATEGORIES) {
    const failing = new Map<string, Audit>();
    for (const run of runs) {
      if (score(run, category) === 100) continue;
      for (const ref of run.categories[category]?.auditRefs ?? []) {
        const audit = run.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
          failing.set(audit.id, audit);
      }
    }
    for (const audit of failing.values()) {
      const values = runs.map((run) => run.audits[audit.id]?.displayValue ?? '–').join(' / ');
      console.log(`  ${category}: ${audit.id} — ${audit.title}${values ? `: ${values}` : ''}`);
    }
  }
}
