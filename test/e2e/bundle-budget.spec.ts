import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Budgets that do not depend on the machine: bytes of the built app, not timings.
const DIST = process.env.E2E_DIST ?? 'dist';
const FIRST_ROUTE_BUDGET_GZIP = 150 * 1024;

/** The scripts the browser fetches before the first screen: the entry and its preloads. */
function firstRouteScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ];
  return [...new Set(sources.map((match) => match[1]!.replace(/^\//, '')))];
}

test('the first route’s JavaScript stays under 150 KB gzipped', () => {
  const scripts = firstRouteScripts();
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length,
    0,
  );
  console.log(
    `first route: ${scripts.length} script(s), ${(gzipped / 1024).toFixed(1)} KB gzipped`,
  );
  expect(gzipped).toBeLessThanOrEqual(FIRST_ROUTE_BUDGET_GZIP);
});

test('the canvas, document parsers, charts and zod stay out of the first route', () => {
  for (const file of firstRouteScripts()) {
    expect(file).not.toMatch(/excalidraw|pdf|mammoth|chart|scatter|quadrant/i);
    const code = readFileSync(join(DIST, file), 'utf8');
    // Text only these libraries contain (file names of lazy chunks may be mentioned, their code not).
    for (const marker of [
      'GlobalWorkerOptions',
      'extractRawText',
      'excalidraw-app',
      'ZodError',
      '<svg',
    ]) {
      expect(code.includes(marker), `${file} contains ${marker}`).toBe(false);
    }
  }
});

test('the code of a candidate’s page and report is fetched once the list is shown, never before', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(fetched.some((path) => /report-page|candidate-page/.test(path))).toBe(false);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Candidates' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  await expect.poll(() => fetched.some((path) => /report-page/.test(path))).toBe(true);
  await expect.poll(() => fetched.some((path) => /candidate-page/.test(path))).toBe(true);
});
