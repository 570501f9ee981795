import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { SketchCanvasModel } from './pages/sketch-canvas';
import { storedRecords } from './stored-records';

type StoredMeta = {
  key: string;
  value?: { sketchDrawings?: Record<string, { elements: unknown[] }> };
};

/** How many shapes the stored self-assessment holds for the live-sketch module. */
async function storedPracticeShapes(page: Page): Promise<number> {
  const entry = (await storedRecords<StoredMeta>(page, 'meta')).find(
    (e) => e.key === 'selfAssessment',
  );
  return entry?.value?.sketchDrawings?.['live-sketch']?.elements.length ?? 0;
}

test('journey 5: a candidate prepares for an interview', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: /Prepare for an interview/ }).click();
  await page.getByRole('link', { name: 'Start your self-assessment' }).click();
  await page.getByLabel('Your answer to prompt 1').fill('The reranker timed out under load');
  for (const [name, level] of [
    [/Fallback designed/, 2],
    [/Specificity of the failure/, 1],
    [/Blast radius/, 3],
  ] as const) {
    await page
      .getByRole('group', { name })
      .getByRole('radio', { name: new RegExp(`^Level ${level}:`) })
      .check();
  }
  await expect(page.getByText('Saved in this browser.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('navigation', { name: 'Self-assessment steps' })
    .getByRole('link', { name: /Live sketch/ })
    .click();
  await page
    .getByRole('combobox', { name: 'Scenario' })
    .selectOption({ label: 'RAG over 40,000 internal research documents' });
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).not.toHaveText('30:00');
  await page.getByLabel('Sketch notes').fill('Gateway, retriever, reranker, fallback to BM25');
  // Practise on the interview's canvas: the drawing is saved with the self-assessment.
  const sketch = new SketchCanvasModel(page);
  await sketch.drawBox();
  await expect.poll(() => storedPracticeShapes(page), { timeout: 10_000 }).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await page.reload();
  await sketch.ready();
  await expect.poll(() => sketch.drawnPixels(), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(await storedPracticeShapes(page)).toBeGreaterThan(0);
  await expect(page.getByLabel('Sketch notes')).toHaveValue(
    'Gateway, retriever, reranker, fallback to BM25',
  );
  // The scenario practised comes back too.
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(
    'ls-scenario-research-rag',
  );

  await page.getByRole('link', { name: 'Readiness report' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Your practice sketches' })
      .getByRole('img', { name: /^Your practice sketch for Live sketch/ }),
  ).toBeVisible();
  const first = page.getByRole('list', { name: 'Practise first' });
  await expect(first.getByRole('listitem')).toHaveCount(3);
  await expect(first.getByRole('listitem').first()).toContainText('Fallback designed');
  // The Markdown copy says a sketch was drawn, and for which scenario; the drawing stays out.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Markdown' }).click();
  const markdown = await readFile((await (await download).path())!, 'utf8');
  expect(markdown).toMatch(
    /- \*\*Live sketch[^*]*\*\*: you drew a sketch of \d+ elements? for the scenario “RAG over 40,000 internal research documents”\./,
  );
  expect(markdown).not.toContain('<svg');
  await expectNoAxeViolations(page);
});
