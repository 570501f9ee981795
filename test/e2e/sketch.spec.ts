import { expect, test, type Page } from '@playwright/test';
import { InterviewPageModel } from './pages/interview-page';

async function storedElements(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('archkit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('scorecards').objectStore('scorecards').getAll();
          request.onsuccess = () => {
            const card = (
              request.result as {
                moduleId: string;
                sketch?: { drawing?: { elements: unknown[] } };
              }[]
            ).find((c) => c.moduleId === 'live-sketch');
            resolve(card?.sketch?.drawing?.elements.length ?? 0);
            open.result.close();
          };
        };
      }),
  );
}

test('a sketch drawn in the live-sketch interview survives a reload and reaches the report', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/candidates/new');
  await page.getByLabel('Name').fill('Sana Iqbal');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sana Iqbal' })).toBeVisible();
  const candidateUrl = page.url();
  await page.getByRole('link', { name: /Start interview: Live sketch/ }).click();
  await new InterviewPageModel(page).sayWhoIsInterviewing('Ann');

  const canvas = page.getByRole('region', { name: 'Drawing canvas' }).locator('canvas.interactive');
  await expect(canvas).toBeVisible({ timeout: 30_000 });
  const box = (await canvas.boundingBox())!;
  await canvas.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('r');
  await page.mouse.move(box.x + 60, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 160, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => storedElements(page), { timeout: 10_000 }).toBeGreaterThan(0);

  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Drawing canvas' }).locator('canvas.interactive'),
  ).toBeVisible({
    timeout: 30_000,
  });
  expect(await storedElements(page)).toBeGreaterThan(0);

  await new InterviewPageModel(page).submit();
  await page.goto(`${candidateUrl}/report`);
  await expect(
    page
      .getByRole('region', { name: 'Live sketch' })
      .getByRole('img', { name: "The architecture sketched in Ann's interview" }),
  ).toBeVisible();
});
