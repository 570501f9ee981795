import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './data-safety-support';
import { InterviewPageModel } from './pages/interview-page';

const DIST = process.env.E2E_DIST ?? 'dist';

test('after the first visit Archkit starts and works with no network', async ({
  context,
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForOfflineReady(page);

  await context.setOffline(true);
  // A cold start with no network: every screen, the lazy ones and the rubric pack included.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('real AI systems architect');
  await page.goto('/rubrics');
  await page.getByRole('link', { name: /AI systems architect/i }).click();
  await expect(page.getByRole('navigation', { name: 'Modules of this pack' })).toBeVisible();
  for (const path of ['/how-scoring-works', '/self-assessment', '/cohort', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await expect(
    page.getByText('Works offline').locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('Yes');

  // Real work, offline: add a candidate and score.
  await page.goto('/candidates/new');
  await page.getByLabel('Name').fill('Offline Olga');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offline Olga' })).toBeVisible();
  await page.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  await new InterviewPageModel(page).sayWhoIsInterviewing('Maya Levin');
  await page
    .getByRole('textbox', { name: /^Evidence for/ })
    .first()
    .fill('Written on a plane');
  await expect(page.getByText(/Draft saved/)).toBeVisible();
  await page.goto('/candidates');
  await expect(page.getByRole('link', { name: 'Offline Olga' })).toBeVisible();
});

test('the app is installable: a manifest with name, theme colour and icons that exist', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Archkit'),
    short_name: 'Archkit',
    start_url: '/',
    display: 'standalone',
    theme_color: '#1f3a5f',
  });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
  expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(
    true,
  );
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(icon.type);
  }
});

test('the service worker precaches every built script, style and the rubric pack', async () => {
  const sw = readFileSync(`${DIST}/sw.js`, 'utf8');
  const index = readFileSync(`${DIST}/index.html`, 'utf8');
  const scripts = [...index.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(sw).toContain(script);
  expect(sw).toMatch(/assets\/ai-architect-default\.v1-[\w-]+\.js/);
  expect(sw).toMatch(/assets\/settings-page-[\w-]+\.js/);
  expect(sw).toMatch(/assets\/interview-page-[\w-]+\.js/);
  // A new version waits for the user: the worker skips waiting only when the page asks.
  expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
  expect(sw).toMatch(/"SKIP_WAITING"===[^}]*skipWaiting\(\)/);
});

/**
 * A private copy of the built app on its own port, so this test can publish a "new version"
 * (a changed sw.js) without touching the server the other tests share.
 */
async function serveCopyOfApp(): Promise<{ url: string; dir: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'archkit-update-'));
  cpSync(DIST, dir, { recursive: true });
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.webmanifest': 'application/manifest+json',
    '.txt': 'text/plain',
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || path.endsWith('/'))
      file = join(dir, 'index.html');
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('a new version is offered with a prompt and swapped in only when the user says so', async ({
  page,
}) => {
  const app = await serveCopyOfApp();
  try {
    await page.goto(`${app.url}/candidates`);
    await waitForOfflineReady(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'New version' })).toHaveCount(0);

    // Publish a new version: a byte-different worker is, to the browser, a new Archkit.
    appendFileSync(join(app.dir, 'sw.js'), '\n// the next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('region', { name: 'New version' });
    await expect(prompt).toContainText('A new version of Archkit is ready');
    // Nothing is swapped until the user chooses: the new worker waits.
    await page.waitForTimeout(500);
    const waiting = () =>
      page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    expect(await waiting()).toBe(true);

    // "Reload" activates the new version, which then reloads the page onto it.
    const reloaded = page.waitForEvent('framenavigated');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(async () => expect(await waiting()).toBe(false)).toPass();
    await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'New version' })).toHaveCount(0);
  } finally {
    await page.close();
    await app.close();
    rmSync(app.dir, { recursive: true, force: true });
  }
});
