import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import {
  countRecords,
  untilSaved,
  everythingStored,
  waitForOfflineReady,
} from './data-safety-support';
import { InterviewPageModel } from './pages/interview-page';

const PASSPHRASE = 'plane seat 14C, no wifi';
const DAY = 24 * 60 * 60 * 1000;

test('journey 7: offline on a plane, an encrypted backup, a new laptop, and an erasure', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // The old laptop. The first visit caches the app; then the plane takes off.
  const oldLaptop = await browser.newContext({ acceptDownloads: true });
  const page = await oldLaptop.newPage();
  await page.goto('/');
  await waitForOfflineReady(page);
  await oldLaptop.setOffline(true);

  // On the plane: two candidates, one interview scored and submitted: a clear no.
  async function addCandidate(name: string) {
    await page.goto('/candidates/new');
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Add candidate' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    return page.url();
  }
  const rexUrl = await addCandidate('Rex Rejected');
  const rexId = new URL(rexUrl).pathname.split('/').pop()!;
  await page.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  const interview = new InterviewPageModel(page);
  await interview.sayWhoIsInterviewing('Maya Levin');
  await interview.rateAllFromKeyboard([1, 1, 1]);
  await untilSaved(page, () =>
    interview.writeEvidence(0, 'Rex could not name a single failure he designed for'),
  );
  await page.getByRole('radio', { name: 'Strong no' }).check();
  await interview.submit();
  await addCandidate('Hana Hired');

  // Still offline: a backup, encrypted with a passphrase.
  await page.goto('/settings');
  await page.getByRole('checkbox', { name: 'Encrypt the file with a passphrase' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const download = await downloading;
  await expect(page.getByText(/Exported 2 candidates, 1 scorecards .* encrypted/)).toBeVisible();
  const backup = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(backup)).toMatchObject({
    format: 'archkit-encrypted-bundle',
    formatVersion: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
    cipher: { name: 'AES-GCM' },
  });
  // Nothing about the candidates can be read from the file. Whole names only: three letters
  // turn up by chance in 40 KB of base64.
  for (const secret of ['Rex Rejected', 'Hana Hired', 'Maya Levin', 'failure he designed']) {
    expect(backup).not.toContain(secret);
  }
  await oldLaptop.close();

  // The new laptop: a fresh browser that has never seen Archkit.
  const newLaptop = await browser.newContext();
  const fresh = await newLaptop.newPage();
  await fresh.goto('/settings');
  const chooseBackup = () =>
    fresh.getByLabel('Bundle file (.json)').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
  // A wrong passphrase is refused clearly, and nothing is imported.
  await chooseBackup();
  await fresh.getByLabel('Passphrase of the backup').fill('plane seat 14D');
  await fresh.getByRole('button', { name: 'Decrypt and import' }).click();
  await expect(fresh.getByRole('alert')).toHaveText(
    'The passphrase is wrong, or the file was changed after it was exported. Nothing was imported.',
  );
  expect(await countRecords(fresh, 'candidates')).toBe(0);
  // The right one restores everything, in one go.
  await chooseBackup();
  await fresh.getByLabel('Passphrase of the backup').fill(PASSPHRASE);
  await fresh.getByRole('button', { name: 'Decrypt and import' }).click();
  await expect(fresh.getByText(`Imported ${download.suggestedFilename()}.`)).toBeVisible();
  await expect(fresh.getByRole('row', { name: /^Candidates/ })).toContainText('2');
  await expect(fresh.getByText('Audit log: 1 entries added, 0 already here.')).toBeVisible();
  await fresh.goto(rexUrl.replace(/^https?:\/\/[^/]+/, ''));
  await expect(fresh.getByRole('heading', { level: 1, name: 'Rex Rejected' })).toBeVisible();
  await expect(fresh.getByRole('row', { name: /Failure-mode/ })).toContainText(
    'Maya Levin: submitted',
  );

  // Retention: 180 days after the decision. Today nobody is due.
  await fresh.goto('/settings');
  await fresh.getByLabel('Erase candidates this many days after the decision').fill('180');
  await fresh.getByRole('button', { name: 'Save retention period' }).click();
  await expect(
    fresh.getByText('No candidate is past the retention period of 180 days.'),
  ).toBeVisible();

  // Half a year later.
  await fresh.clock.setFixedTime(new Date(Date.now() + 200 * DAY));
  await fresh.reload();
  const due = fresh.getByRole('list', { name: 'Candidates due for erasure' });
  await expect(due.getByRole('listitem')).toHaveCount(1);
  await expect(due).toContainText('Rex Rejected');
  await expectNoAxeViolations(fresh);
  await fresh.getByRole('button', { name: 'Erase now' }).click();
  const confirm = fresh.getByRole('dialog', { name: 'Erase 1 candidate for good?' });
  await expect(confirm).toContainText('Rex Rejected');
  await confirm.getByRole('button', { name: 'Erase for good' }).click();
  await expect(fresh.getByText('Erased 1 candidate and everything about them.')).toBeVisible();

  // Nothing of Rex is left; Hana is untouched.
  const stored = await everythingStored(fresh);
  for (const trace of ['Rex', rexId, 'failure he designed']) expect(stored).not.toContain(trace);
  expect(stored).toContain('Hana Hired');
  await fresh.goto(`/candidates/${rexId}`);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Candidate not found' })).toBeVisible();
  await newLaptop.close();
});
