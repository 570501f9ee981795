import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { CandidatesPageModel } from './pages/candidates-page';
import { InterviewPageModel } from './pages/interview-page';

const MODULES = [/Failure-mode/, /Live sketch/, /Document review/, /Cost and observability/];

async function scoreModule(page: Page, url: string, module: RegExp, levels: (1 | 2 | 3 | 4)[]) {
  await page
    .getByRole('link', { name: new RegExp(`(Start interview|Continue scoring): ${module.source}`) })
    .click();
  const interview = new InterviewPageModel(page);
  await expect(interview.criterion(0)).toBeVisible();
  const count = await interview.criteria().count();
  await interview.rateAllFromKeyboard(
    Array.from({ length: count }, (_, i) => levels[i % levels.length]!),
  );
  await interview.submit();
  await page.goto(url);
}

test('a panel of two scores all four modules independently and the verdict appears', async ({
  page,
}) => {
  const url = await new CandidatesPageModel(page).add({
    name: 'Omar Haddad',
    title: 'AI Architect',
  });

  // First interviewer scores everything.
  await page.getByLabel('Who is interviewing?').fill('First Interviewer');
  await page.getByRole('button', { name: 'Save my name' }).click();
  for (const module of MODULES) await scoreModule(page, url, module, [4, 3]);
  await expect(page.getByText(/Hidden until you submit/)).toHaveCount(0);
  await expect(page.locator('.verdict-box .verdict-chip')).toBeVisible();

  // The second interviewer, on the same device, starts a module: the first's ratings are hidden.
  await page.getByRole('button', { name: 'Not you? Change' }).click();
  await page.getByLabel('Who is interviewing?').fill('Second Interviewer');
  await page.getByRole('button', { name: 'Save my name' }).click();
  await page.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  const interview = new InterviewPageModel(page);
  await interview.andSave(async () => {
    await interview.criterion(0).focus();
    await page.keyboard.press('2');
  });
  await expect(page.getByText('First Interviewer')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Debrief/ })).toHaveCount(0);
  await page.goto(url);
  await expect(page.getByText(/Hidden until you submit your scorecards/)).toBeVisible();
  await expectNoAxeViolations(page);

  // A reload in the middle of typing keeps the draft.
  await page.getByRole('link', { name: /Continue scoring: Failure-mode/ }).click();
  await interview.andSave(() => interview.writeEvidence(1, 'Talked about retries with jitter'));
  await page.reload();
  await expect(interview.criterion(1).getByRole('textbox')).toHaveValue(
    'Talked about retries with jitter',
  );
  await expect(interview.criterion(0).getByRole('radio', { name: /^Level 2/ })).toBeChecked();

  // Submit: the debrief shows both, side by side.
  const count = await interview.criteria().count();
  await interview.criterion(1).focus();
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('2');
    await page.keyboard.press('j');
  }
  await interview.submit();
  const debrief = page.getByRole('table', { name: /Levels given by each interviewer/ });
  await expect(debrief.getByRole('columnheader', { name: 'First Interviewer' })).toBeVisible();
  await expect(debrief.getByRole('columnheader', { name: 'Second Interviewer' })).toBeVisible();
  await expect(debrief.getByText(/Disagreement: settle in the debrief/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
