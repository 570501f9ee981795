import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { InterviewPageModel } from './pages/interview-page';
import { SketchCanvasModel } from './pages/sketch-canvas';
import { storedScorecards } from './stored-records';

type StoredCard = { moduleId: string; sketch?: { drawing?: { elements: unknown[] } } };

async function storedElements(page: Page): Promise<number> {
  const card = (await storedScorecards<StoredCard>(page)).find((c) => c.moduleId === 'live-sketch');
  return card?.sketch?.drawing?.elements.length ?? 0;
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

  const sketch = new SketchCanvasModel(page);
  await sketch.drawBox();
  await expect.poll(() => storedElements(page), { timeout: 10_000 }).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await page.reload();
  await sketch.ready();
  expect(await storedElements(page)).toBeGreaterThan(0);

  await new InterviewPageModel(page).submit();
  await page.goto(`${candidateUrl}/report`);
  await expect(
    page
      .getByRole('region', { name: 'Live sketch' })
      .getByRole('img', { name: "The architecture sketched in Ann's interview" }),
  ).toBeVisible();
});
