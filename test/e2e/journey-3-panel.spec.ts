import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe';
import { CandidatesPageModel } from './pages/candidates-page';
import { InterviewPageModel } from './pages/interview-page';

const MODULES = ['Failure-mode', 'Live sketch', 'Document review', 'Cost and observability'];
const folder = mkdtempSync(join(tmpdir(), 'archkit-panel-'));

/** A laptop: its own browser profile, with the default pack stored. */
async function laptop(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/rubrics');
  await expect(page.getByRole('link', { name: /AI systems architect/i })).toBeVisible();
  return page;
}

async function exportEverything(page: Page, name: string): Promise<string> {
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const file = join(folder, name);
  await (await download).saveAs(file);
  return file;
}

async function importBundle(page: Page, file: string) {
  await page.goto('/settings');
  await page.getByLabel('Bundle file (.json)').setInputFiles(file);
  await expect(page.getByText(/^Imported /)).toBeVisible();
}

test('journey 3: a panel on three laptops merges its scorecards and prints the report', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The hiring manager adds the candidate and sends the file to the panel.
  const manager = await laptop(browser);
  const candidateUrl = new URL(
    await new CandidatesPageModel(manager).add({ name: 'Lena Fischer', title: 'AI Architect' }),
  ).pathname;
  const invitation = await exportEverything(manager, 'invitation.json');

  const panel = [
    { name: 'Priya', levels: [4, 4, 3] as const },
    { name: 'Tom', levels: [2, 3, 3] as const },
    { name: 'Ana', levels: [4, 3, 4] as const },
  ];
  const bundles: string[] = [];
  for (const member of panel) {
    const page = await laptop(browser);
    await importBundle(page, invitation);
    for (const module of MODULES) {
      await page.goto(candidateUrl);
      await page.getByRole('link', { name: new RegExp(`Start interview: ${module}`) }).click();
      const interview = new InterviewPageModel(page);
      await interview.sayWhoIsInterviewing(member.name);
      // Nobody else's ratings are on this laptop, and none are shown.
      await expect(page.getByRole('heading', { name: /Debrief/ })).toHaveCount(0);
      await expect(interview.criterion(0)).toBeVisible();
      const count = await interview.criteria().count();
      await interview.rateAllFromKeyboard(
        Array.from({ length: count }, (_, i) => member.levels[i % 3]!),
      );
      await interview.submit();
    }
    bundles.push(await exportEverything(page, `${member.name}.json`));
    await page.context().close();
  }

  // The hiring manager merges the three files; importing one twice changes nothing.
  for (const file of bundles) await importBundle(manager, file);
  await importBundle(manager, bundles[0]!);
  await expect(manager.getByRole('row', { name: /^Scorecards/ })).toHaveText(
    /^Scorecards\s*0\s*0\s*4$/,
  ); // added, updated, skipped

  await manager.goto(candidateUrl);
  await manager.getByRole('link', { name: 'Open the full report' }).click();
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Lena Fischer');
  const verdict = manager.getByRole('region', { name: 'Verdict' });
  await expect(verdict.getByRole('list', { name: 'Reasons' })).toBeVisible();
  await expect(manager.getByRole('region', { name: 'Disagreements to settle' })).toContainText(
    /Priya|Tom|Ana/,
  );
  await expect(
    manager.getByRole('region', { name: 'Panel agreement and confidence' }),
  ).toContainText(/alpha/i);
  await expectNoAxeViolations(manager);

  const pdf = await manager.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(10_000);
});
