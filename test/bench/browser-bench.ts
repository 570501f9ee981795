import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { makeYearOfHiring } from '../fixtures/year-of-hiring';
import { PAGE_PROBES } from './page-probes';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { SCORECARD_PAGE_COUNT } from '../../src/db/scorecard-store';

const PORT = Number(process.env.BENCH_PORT ?? 4191);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = 'test/bench/data';

export type BrowserBenchFigures = {
  candidates: number;
  scorecards: number;
  bundleBytes: number;
  /**
   * From the file input's change event to the frame after "Imported" is on screen: reading,
   * checking and saving everything. One fresh profile per import.
   */
  importMs: number[];
  /** put() of the same candidates and scorecard pages with raw IndexedDB: the browser's floor. */
  rawWriteMs: number;
  /** Navigation to the first candidate row on screen, in a new page. */
  coldStartFirstRowMs: number[];
  /** The app's read of every candidate row (its User Timing measure). */
  appReadMs: number[];
  /** getAll of the same rows with raw IndexedDB, in the same page. */
  rawReadMs: number[];
  sortMs: number[];
  filterMs: number[];
  searchMs: number[];
  /** From a click on a name in the list to the candidate's page with the verdict on screen. */
  reportMs: number[];
  /** From a click on "Open the full report" on that page to the report's verdict on screen. */
  fullReportMs: number[];
  /** From a click on "Cohort" to the scatter of every candidate drawn. */
  cohortScatterMs: number[];
  /** After a garbage collection, with the list of every candidate loaded. */
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

/** The browser's own write speed: the bundle's records put() into a scratch database. */
async function rawWrite(page: Page, file: string): Promise<number> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    document.body.append(input);
  });
  await page.locator('#bench-file').setInputFiles(file);
  return page.evaluate((pageCount) => {
    const input = document.getElementById('bench-file') as HTMLInputElement;
    const file = input.files![0]!;
    input.remove();
    return window.__bench.rawWrite(file, pageCount);
  }, SCORECARD_PAGE_COUNT);
}

/**
 * A first visit, as on a new laptop restoring a backup: the app opens, installs for offline use
 * (its service worker precaches the build) while the user goes to Settings and picks the file,
 * which takes a person seconds. Timed in the page, from the input's change event to the frame
 * after "Imported" is on screen: no Playwright polling in the figure.
 */
async function importYear(page: Page, file: string): Promise<number> {
  await page.goto(`${BASE}/rubrics`);
  await page.getByRole('link', { name: /AI systems architect/i }).waitFor();
  await page.goto(`${BASE}/settings`);
  await page.evaluate(`navigator.serviceWorker.ready.then(() => true)`);
  const input = page.getByLabel('Bundle file (.json)');
  await input.evaluate((element: HTMLInputElement) => {
    const timed = new Promise<number>((resolve) => {
      element.addEventListener(
        'change',
        () => {
          const started = performance.now();
          void window.__bench
            .until(() => window.__bench.status().includes('Imported '), 600_000)
            .then(() => resolve(performance.now() - started));
        },
        { capture: true, once: true },
      );
    });
    (window as { __importMs?: Promise<number> }).__importMs = timed;
  });
  await input.setInputFiles(file);
  return page.evaluate(() => (window as { __importMs?: Promise<number> }).__importMs!);
}

async function dropServiceWorker(page: Page): Promise<void> {
  await page.goto(`${BASE}/rubrics`);
  await page.evaluate(`(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    for (const key of await caches.keys()) await caches.delete(key);
  })()`);
  // The current build's worker installs (precaching megabytes) before the visits, as it did
  // during the import of a fresh profile.
  await page.goto(`${BASE}/rubrics`);
  await page.evaluate(`navigator.serviceWorker.ready.then(() => true)`);
  await page.close();
}

type Run = Omit<
  BrowserBenchFigures,
  'candidates' | 'scorecards' | 'bundleBytes' | 'importMs' | 'rawWriteMs' | 'jsHeapMb'
>;

/** One visit: open the list cold, then sort, filter, search, open a report and the cohort. */
async function visit(page: Page, figures: Run, lastName: string): Promise<void> {
  const started = Date.now();
  await page.goto(`${BASE}/candidates`);
  await page.locator('tbody tr th').first().waitFor({ timeout: 120_000 });
  figures.coldStartFirstRowMs.push(Date.now() - started);
  figures.appReadMs.push(
    await page.evaluate(
      (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? NaN,
      'archkit:read-candidates',
    ),
  );
  figures.rawReadMs.push(await page.evaluate(() => window.__bench.rawRead(['summaryPages'])));

  figures.sortMs.push(
    await page.evaluate(() => {
      const button = [...document.querySelectorAll('th button')].find((b) =>
        b.textContent?.startsWith('Name'),
      ) as HTMLButtonElement;
      const header = button.closest('th')!;
      const before = header.getAttribute('aria-sort');
      return window.__bench.time(
        () => button.click(),
        () => (header.getAttribute('aria-sort') ?? 'none') !== (before ?? 'none'),
      );
    }),
  );
  const track = page.getByRole('combobox', { name: 'Track' });
  figures.filterMs.push(
    await track.evaluate((select: HTMLSelectElement) =>
      window.__bench.time(
        () => window.__bench.type(select, 'fractional'),
        () => / of \d+ candidates match/.test(window.__bench.status()),
      ),
    ),
  );
  await track.selectOption('');
  await page.getByText(/^\d+ candidates$/).waitFor();
  figures.searchMs.push(
    await page.getByLabel('Search').evaluate(
      (input: HTMLInputElement, name) =>
        window.__bench.time(
          () => window.__bench.type(input, name),
          () => /\b1 of \d+ candidates match/.test(window.__bench.status()),
        ),
      lastName,
    ),
  );
  figures.reportMs.push(
    await page.evaluate(() => {
      const link = document.querySelector('tbody tr th a') as HTMLAnchorElement;
      return window.__bench.time(
        () => link.click(),
        () => document.querySelector('.verdict-large') !== null,
      );
    }),
  );
  figures.fullReportMs.push(
    await page.evaluate(() => {
      const link = [...document.querySelectorAll('a')].find(
        (a) => a.textContent === 'Open the full report',
      ) as HTMLAnchorElement;
      return window.__bench.time(
        () => link.click(),
        () =>
          document.getElementById('report-title') !== null &&
          document.querySelector('.verdict-large') !== null,
      );
    }),
  );
  figures.cohortScatterMs.push(
    await page.evaluate(() => {
      const link = [...document.querySelectorAll('nav a')].find(
        (a) => a.textContent === 'Cohort',
      ) as HTMLAnchorElement;
      return window.__bench.time(
        () => link.click(),
        () => document.querySelector('.scatter-points path') !== null,
      );
    }),
  );
}

/** Runs the built app in Debian's Chromium with a year of hiring, `runs` visits. */
export async function runBrowserBench(
  candidateCount = 10_000,
  runs = 5,
  importRuns = 5,
): Promise<BrowserBenchFigures> {
  mkdirSync(DATA_DIR, { recursive: true });
  const bundle = makeYearOfHiring({ candidates: candidateCount });
  const file = join(DATA_DIR, `year-${candidateCount}.json`);
  const text = JSON.stringify(bundle);
  writeFileSync(file, text);
  const lastName = bundle.candidates.at(-1)!.name;

  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  // BENCH_REUSE=1 keeps the imported profile between runs, to iterate on the visits alone.
  const reuse = Boolean(process.env.BENCH_REUSE);
  const profiles = reuse
    ? join(DATA_DIR, 'profiles')
    : mkdtempSync(join(tmpdir(), 'archkit-bench-'));
  const imported = reuse && existsSync(join(profiles, 'app'));
  const launch = (name: string) =>
    chromium.launchPersistentContext(join(profiles, name), {
      executablePath: CHROMIUM_PATH,
      // Memory figures need precise readings and a garbage collection on demand.
      args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    });
  try {
    await waitForServer();
    let rawWriteMs = NaN;
    const importMs: number[] = [];
    if (!imported) {
      // The floor, in a profile of its own so its writes do not weigh on the app's database.
      const floor = await launch('floor');
      await floor.addInitScript(PAGE_PROBES);
      const floorPage = await floor.newPage();
      await floorPage.goto(`${BASE}/rubrics`);
      rawWriteMs = await rawWrite(floorPage, file);
      await floor.close();

      // Each import in a new profile; the last one is kept for the visits.
      for (let i = 0; i < importRuns; i++) {
        const name = i === importRuns - 1 ? 'app' : `import-${i}`;
        const app = await launch(name);
        await app.addInitScript(PAGE_PROBES);
        importMs.push(await importYear(await app.newPage(), file));
        await app.close();
        if (name !== 'app') rmSync(join(profiles, name), { recursive: true, force: true });
      }
    }
    // A year is imported once and opened every day after: the visits start a new browser.
    const context = await launch('app');
    await context.addInitScript(PAGE_PROBES);
    // A kept profile's service worker would serve the build it cached, not the one just made.
    if (imported) await dropServiceWorker(await context.newPage());

    const run: Run = {
      coldStartFirstRowMs: [],
      appReadMs: [],
      rawReadMs: [],
      sortMs: [],
      filterMs: [],
      searchMs: [],
      reportMs: [],
      fullReportMs: [],
      cohortScatterMs: [],
    };
    let jsHeapMb = 0;
    for (let i = 0; i < runs; i++) {
      const fresh = await context.newPage();
      await visit(fresh, run, lastName);
      if (i === runs - 1) {
        await fresh.goto(`${BASE}/candidates`);
        await fresh.locator('tbody tr th').first().waitFor({ timeout: 120_000 });
        jsHeapMb = await fresh.evaluate(() => {
          (globalThis as { gc?: () => void }).gc?.();
          const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
          return (memory?.usedJSHeapSize ?? 0) / 1e6;
        });
      }
      await fresh.close();
    }
    await context.close();
    return {
      candidates: bundle.candidates.length,
      scorecards: bundle.scorecards.length,
      bundleBytes: Buffer.byteLength(text),
      importMs,
      rawWriteMs,
      jsHeapMb,
      ...run,
    };
  } finally {
    if (server.pid) process.kill(-server.pid);
    if (!reuse) rmSync(profiles, { recursive: true, force: true });
  }
}
