import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { makeBenchBundle } from './domain-bench';

const PORT = 4191;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = 'test/bench/data';

export type BrowserBenchFigures = {
  candidates: number;
  scorecards: number;
  importMs: number;
  coldStartFirstRowMs: number[];
  rawIndexedDbReadMs: number[];
  sortMs: number[];
  filterMs: number[];
  searchMs: number[];
  reportMs: number[];
  cohortScatterMs: number[];
  jsHeapMb: number;
};

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('vite preview did not start');
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** Reads every record with raw IndexedDB getAll, in the page: the browser's own floor. */
function rawRead(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open('archkit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['candidates', 'scorecards', 'packs'], 'readonly');
          let pending = 3;
          for (const name of ['candidates', 'scorecards', 'packs']) {
            tx.objectStore(name).getAll().onsuccess = () => {
              if (--pending === 0) {
                resolve(performance.now() - start);
                open.result.close();
              }
            };
          }
        };
      }),
  );
}

/** Runs the built app in Debian's Chromium with a year of hiring, `runs` times per figure. */
export async function runBrowserBench(
  candidateCount = 10_000,
  runs = 3,
): Promise<BrowserBenchFigures> {
  mkdirSync(DATA_DIR, { recursive: true });
  const bundle = makeBenchBundle(candidateCount);
  const file = join(DATA_DIR, `year-${candidateCount}.json`);
  writeFileSync(file, JSON.stringify(bundle));
  const firstId = bundle.candidates[0]!.id;
  const lastName = bundle.candidates.at(-1)!.name;

  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--enable-precise-memory-info',
    ],
  });
  try {
    await waitForServer();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/rubrics`);
    await page.getByRole('link', { name: /AI systems architect/i }).waitFor();
    await page.goto(`${BASE}/settings`);
    const importMs = await timed(async () => {
      await page.getByLabel('Bundle file (.json)').setInputFiles(file);
      await page.getByText(/^Imported /).waitFor({ timeout: 600_000 });
    });

    const figures: BrowserBenchFigures = {
      candidates: bundle.candidates.length,
      scorecards: bundle.scorecards.length,
      importMs,
      coldStartFirstRowMs: [],
      rawIndexedDbReadMs: [],
      sortMs: [],
      filterMs: [],
      searchMs: [],
      reportMs: [],
      cohortScatterMs: [],
      jsHeapMb: 0,
    };
    for (let run = 0; run < runs; run++) {
      const fresh = await context.newPage();
      figures.coldStartFirstRowMs.push(
        await timed(async () => {
          await fresh.goto(`${BASE}/candidates`);
          await fresh.locator('tbody tr th').first().waitFor({ timeout: 120_000 });
        }),
      );
      figures.rawIndexedDbReadMs.push(await rawRead(fresh));
      const header = fresh.getByRole('columnheader', { name: /^Name/ });
      figures.sortMs.push(
        await timed(async () => {
          await fresh.getByRole('button', { name: /^Name/ }).click();
          await header.and(fresh.locator('[aria-sort]')).waitFor();
        }),
      );
      figures.filterMs.push(
        await timed(async () => {
          await fresh.getByRole('combobox', { name: 'Track' }).selectOption('fractional');
          await fresh.getByText(/of \d+ candidates match/).waitFor();
        }),
      );
      await fresh.getByRole('combobox', { name: 'Track' }).selectOption('');
      figures.searchMs.push(
        await timed(async () => {
          await fresh.getByLabel('Search').fill(lastName);
          await fresh.getByText(/^1 of \d+ candidates match/).waitFor();
        }),
      );
      if (run === runs - 1) {
        figures.jsHeapMb = await fresh.evaluate(
          () =>
            ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
              ?.usedJSHeapSize ?? 0) / 1e6,
        );
      }
      figures.reportMs.push(
        await timed(async () => {
          await fresh.goto(`${BASE}/candidates/${encodeURIComponent(firstId)}/report`);
          await fresh.getByRole('heading', { level: 1 }).waitFor();
          await fresh.locator('.verdict-chip, [class*="verdict"]').first().waitFor();
        }),
      );
      figures.cohortScatterMs.push(
        await timed(async () => {
          await fresh.goto(`${BASE}/cohort`);
          await fresh.locator('svg').first().waitFor({ timeout: 120_000 });
        }),
      );
      await fresh.close();
    }
    return figures;
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
