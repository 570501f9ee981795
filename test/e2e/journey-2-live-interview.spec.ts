import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { CandidatesPageModel } from './pages/candidates-page';
import { InterviewPageModel } from './pages/interview-page';

test('journey 2: a live interview, scored from the keyboard, survives a crash', async ({
  browser,
}) => {
  const context = await browser.newContext();
  let page = await context.newPage();
  const candidates = new CandidatesPageModel(page);
  const candidateUrl = await candidates.add({ name: 'Rosa Chen', title: 'Lead AI Architect' });

  await page.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  const interview = new InterviewPageModel(page);
  await interview.sayWhoIsInterviewing('Maya Levin');
  // The prompt to read aloud is on screen.
  await expect(page.getByText(/production failure in an AI system/i).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();

  await interview.rateAllFromKeyboard([4, 3]);
  await interview.andSave(() =>
    interview.writeEvidence(0, 'Provider 429s over 2% for 3 minutes open the breaker'),
  );

  // The tab crashes mid-interview.
  await page.close({ runBeforeUnload: false });
  page = await context.newPage();
  await page.goto(candidateUrl);
  await expect(page.getByRole('row', { name: /Failure-mode/ })).toContainText('Maya Levin: draft');
  await page.getByRole('link', { name: /Continue scoring: Failure-mode/ }).click();
  const reopened = new InterviewPageModel(page);
  await expect(reopened.criterion(0).getByRole('radio', { name: /^Level 4/ })).toBeChecked();
  await expect(reopened.criterion(1).getByRole('radio', { name: /^Level 3/ })).toBeChecked();
  await expect(reopened.criterion(0).getByRole('textbox')).toHaveValue(
    'Provider 429s over 2% for 3 minutes open the breaker',
  );

  // Finish: the rest of the criteria, a flag, then submit.
  await reopened.criterion(2).focus();
  for (const key of ['3', 'j', '2', 'j', '3', 'j', '0']) await page.keyboard.press(key);
  await page.getByRole('checkbox', { name: /Blames the model/i }).check();
  await reopened.submit();
  await expect(page.getByRole('table', { name: /Levels given by each interviewer/ })).toContainText(
    'Maya Levin',
  );
  await expectNoAxeViolations(page);
  await context.close();
});
