import { expect, test, type Page } from '@playwright/test';

// What keeps the first screens fast on a slow phone, checked by what happens rather than by
// timings: the shell paints before a screen's code arrives, a new database is seeded off the
// main thread, a report loads no zod it does not need, and nothing visible jumps while the
// content arrives.

/** The sum of the layout shifts so far that no input caused (Cumulative Layout Shift). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const shifts = list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[];
          resolve(shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all means no shift; the observer reports buffered entries at once.
        setTimeout(() => resolve(0), 500);
      }),
  );
}

test('the header and a loading status show while a screen’s code is still on its way', async ({
  page,
}) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/scoring-guide-page-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/how-scoring-works');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Loading…');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/scor/i);
});

test('a link to a screen fetches the screen’s code beside the app’s script, once', async ({
  page,
}) => {
  // The app's script is held back: the screen's code must not wait for it to run.
  let entryServed = false;
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    entryServed = true;
    await route.continue();
  });
  const screenRequests: boolean[] = [];
  page.on('request', (request) => {
    if (/\/assets\/report-page-[^/]*\.js$/.test(request.url())) screenRequests.push(entryServed);
  });
  await page.goto('/candidates/nobody/report');
  await expect(page.getByRole('heading', { level: 1, name: 'Report not found' })).toBeVisible();
  // Asked for while the entry was still on its way, and not fetched a second time by the app.
  expect(screenRequests).toEqual([false]);
});

test('a new browser’s kit is seeded by a worker; later starts need none', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(4);
  expect(workers.filter((url) => /seed\.worker/.test(url))).toHaveLength(1);

  workers.length = 0;
  await page.reload();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(4);
  expect(workers.filter((url) => /seed\.worker/.test(url))).toEqual([]);
});

test('screens that only show data load no zod: the list, a candidate, a report, the cohort, a pack', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Score interviews/ }).click();
  await page.getByRole('button', { name: 'Load sample candidates' }).click();
  await page.getByRole('link', { name: '3 candidates' }).click();
  const candidate = await page.getByRole('link', { name: 'Daniel Kowalczyk' }).getAttribute('href');
  const screens: [path: string, shown: (screen: Page) => Promise<void>][] = [
    [
      '/candidates',
      (screen) => expect(screen.getByRole('link', { name: 'Daniel Kowalczyk' })).toBeVisible(),
    ],
    [
      `${candidate}`,
      (screen) =>
        expect(screen.getByRole('heading', { level: 1, name: 'Daniel Kowalczyk' })).toBeVisible(),
    ],
    [
      // A report has a quote or a sketch to check only when one was captured.
      `${candidate}/report`,
      async (screen) => {
        await expect(screen.getByText('Mislabeled engineer').first()).toBeVisible();
        await expect(screen.getByRole('heading', { name: 'Criteria and evidence' })).toBeAttached();
      },
    ],
    [
      '/cohort',
      (screen) => expect(screen.getByRole('heading', { level: 1, name: /cohort/i })).toBeVisible(),
    ],
    [
      '/rubrics/ai-architect-default/1',
      (screen) => expect(screen.getByRole('heading', { level: 3 }).first()).toBeVisible(),
    ],
    [
      '/how-scoring-works',
      (screen) => expect(screen.getByRole('heading', { level: 1 })).toContainText(/scor/i),
    ],
  ];
  for (const [path, shown] of screens) {
    const screen = await context.newPage();
    // The URL of each script the screen fetches, when it carries zod (its ZodError class).
    const scripts: Promise<string | null>[] = [];
    screen.on('response', (response) => {
      if (response.url().endsWith('.js'))
        scripts.push(
          response
            .text()
            .then((text) => (text.includes('ZodError') ? response.url() : null))
            // A script still arriving when the test ends was not part of the screen's load.
            .catch(() => null),
        );
    });
    await screen.goto(path);
    await shown(screen);
    const withZod = await Promise.all(scripts);
    expect(withZod.length, path).toBeGreaterThan(0);
    expect(
      withZod.filter((url) => url !== null),
      path,
    ).toEqual([]);
    await screen.close();
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('the first screen and a report do not shift while they load', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(4);
    expect(await layoutShift(page)).toBeLessThan(0.1);

    await page.getByRole('button', { name: /Score interviews/ }).click();
    await page.getByRole('button', { name: 'Load sample candidates' }).click();
    await page.getByRole('link', { name: '3 candidates' }).click();
    const href = await page.getByRole('link', { name: 'Daniel Kowalczyk' }).getAttribute('href');
    await page.goto(`${href}/report`);
    await expect(page.getByText('Mislabeled engineer').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Criteria and evidence' })).toBeAttached();
    expect(await layoutShift(page)).toBeLessThan(0.1);
  });
});
