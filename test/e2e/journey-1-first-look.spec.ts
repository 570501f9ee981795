import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('journey 1: a hiring manager’s first look', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Score interviews/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Score interviews' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    /Failure-mode/i,
    /Live sketch/i,
    /Document review/i,
    /Cost and observability/i,
  ]);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Load sample candidates' }).click();
  await page.getByRole('link', { name: '3 candidates' }).click();
  await page.getByRole('link', { name: 'Daniel Kowalczyk' }).click();
  await page
    .getByRole('link', { name: /report/i })
    .first()
    .click();
  await expect(page.getByText('Mislabeled engineer').first()).toBeVisible();
  await expect(page.getByText(/architecture score/i).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
