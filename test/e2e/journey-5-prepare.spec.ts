import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('journey 5: a candidate prepares for an interview', async ({ page }) => {
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
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).not.toHaveText('30:00');
  await page.getByLabel('Sketch notes').fill('Gateway, retriever, reranker, fallback to BM25');
  await page.getByRole('link', { name: 'Readiness report' }).click();
  const first = page.getByRole('list', { name: 'Practise first' });
  await expect(first.getByRole('listitem')).toHaveCount(3);
  await expect(first.getByRole('listitem').first()).toContainText('Fallback designed');
  await expectNoAxeViolations(page);
});
