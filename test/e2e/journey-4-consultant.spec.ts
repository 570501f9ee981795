import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { InterviewPageModel } from './pages/interview-page';

const PDF = 'test/fixtures/documents-binary/route-optimiser.pdf';
const DOCX = 'test/fixtures/documents-binary/docintel.docx';

test('journey 4: a founder vets a fractional consultant’s documents and quote', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: /Vet a consultant/i }).click();
  await page.getByRole('link', { name: 'Add a consultant' }).click();
  await expect(page.getByRole('radio', { name: /Fractional consultant/ })).toBeChecked();
  await page.getByLabel('Name').fill('Rhea Marsh');
  await page.getByLabel('Quoted price in US dollars (optional)').fill('$16,500');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rhea Marsh' })).toBeVisible();
  const candidateUrl = page.url();

  // The parsers are the app's own: no request leaves this origin while documents are read.
  const origin = new URL(candidateUrl).origin;
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    if (
      !request.url().startsWith(origin) &&
      !request.url().startsWith('data:') &&
      !request.url().startsWith('blob:')
    ) {
      elsewhere.push(request.url());
    }
  });
  await page.getByRole('link', { name: /Start interview: Document review/ }).click();
  const interview = new InterviewPageModel(page);
  await interview.sayWhoIsInterviewing('Founder');
  await page.getByLabel(/Open the candidate's documents/).setInputFiles([PDF, DOCX]);
  const gaps = page.getByRole('region', { name: 'Gaps across the documents' });
  await expect(gaps).toContainText('No cost estimate', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Each document' })).toContainText(
    'route-optimiser.pdf',
  );
  await expect(page.getByRole('region', { name: 'Each document' })).toContainText('docintel.docx');

  // A suggestion scores nothing until the interviewer applies it.
  const apply = page.getByRole('button', { name: /^Apply suggestion for/ }).first();
  await expect(apply).toBeVisible();
  await interview.andSave(() => apply.click());
  await expect(interview.criteria().locator('input[type=radio]:checked')).not.toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(elsewhere).toEqual([]);
  await interview.submit();

  // The report speaks of the engagement and the quote.
  await page.goto(candidateUrl.replace(/$/, '/report'));
  const engagement = page.getByRole('region', { name: 'The engagement' });
  await expect(engagement).toContainText('$16,500 per month');
  await expect(engagement).toContainText(/above the usual range/);
  await expect(engagement).toContainText('Architecture document');
});
