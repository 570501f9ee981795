import { expect, test, type Page } from '@playwright/test';

// What keeps the first screens fast on a slow phone, checked by what happens rather than by
// timings: nothing visible jumps while the content arrives.

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
