import { expect, test } from '@playwright/test';
import { makeYearOfHiring } from '../fixtures/year-of-hiring';
import { expectNoAxeViolations } from './axe';

// Ten thousand candidates, four hundred of them fully scored by a panel (4,800 scorecards):
// the scale of a year of hiring in the list and the cohort, small enough for every CI run.
const YEAR = makeYearOfHiring({ candidates: 10_000, scored: 400 });

test('journey 8: a year of hiring still opens at once, sorts, searches and shows the cohort', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/settings');
  await page.getByLabel('Bundle file (.json)').setInputFiles({
    name: 'year.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(YEAR)),
  });
  await expect(page.getByText('Imported year.json.')).toBeVisible({ timeout: 120_000 });

  // The list opens complete: every verdict is there, none is still being worked out.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Candidates' })
    .click();
  await expect(page.getByText('10000 candidates')).toBeVisible();
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '10001');
  // Only a window of rows is in the page, whatever the number of candidates.
  expect(await table.getByRole('rowheader').count()).toBeLessThan(60);

  await page.getByRole('combobox', { name: 'Verdict' }).selectOption('architect');
  await expect(page.getByText(/^\d+ of 10000 candidates match$/)).toBeVisible();
  const architects = Number(
    (await page.getByText(/^\d+ of 10000 candidates match$/).textContent())!.split(' ')[0],
  );
  expect(architects).toBeGreaterThan(0);
  expect(architects).toBeLessThan(400);
  await page.getByRole('combobox', { name: 'Verdict' }).selectOption('');

  await page.getByRole('button', { name: /^Name/ }).click();
  await page.getByRole('button', { name: /^Name/ }).click();
  await expect(page.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table.getByRole('rowheader').first()).toHaveText('Candidate 9999');

  const last = YEAR.candidates.at(-1)!;
  await page.getByLabel('Search').fill(last.name);
  await expect(page.getByText('1 of 10000 candidates match')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Cohort' }).click();
  await expect(page.getByText('10000 candidates', { exact: true })).toBeVisible();
  // The chart places the 400 candidates who have scores; the others have nothing to plot.
  await expect(
    page.getByRole('img', {
      name: /^400 candidates on the architecture and engineering axes/,
    }),
  ).toBeVisible();
  // Where the architects are: filtered to them, the chart holds exactly the list's architects.
  await page.getByRole('combobox', { name: 'Verdict' }).selectOption('architect');
  await expect(
    page.getByRole('img', {
      name: new RegExp(`^${architects} candidates? on the architecture and engineering axes`),
    }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Interviewer calibration' })).toBeVisible({
    timeout: 60_000,
  });
});
