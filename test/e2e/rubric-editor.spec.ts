import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { InterviewPageModel } from './pages/interview-page';

// Journey 6, "Adapting the kit", as far as it goes without the interview screens: the past
// candidates are seeded by importing a bundle through Settings.
type Pack = {
  modules: { id: string; criteria: { id: string; signal: string }[] }[];
};
const defaultPack = JSON.parse(
  readFileSync(new URL('../../rubrics/ai-architect-default.v1.json', import.meta.url), 'utf8'),
) as Pack;
const AT = '2026-11-23T10:00:00.000Z';

/**
 * Ada (full-time): architecture level 3 in failure-mode and live-sketch, 4 in doc-review and
 * cost; engineering 3 everywhere. Architecture = (2 × 9.75 × 66.67 + 2 × 7 × 100) / 33.5
 * = 80.6, engineering 66.7 → architect; below an architect minimum of 85 she is borderline.
 * Ben: level 2 everywhere → 33.3 and 33.3 → not a fit, whatever the threshold.
 */
function pastCandidates(): string {
  const level = (who: 'ada' | 'ben', moduleId: string, signal: string) =>
    who === 'ben'
      ? 2
      : signal === 'engineering' || ['failure-mode', 'live-sketch'].includes(moduleId)
        ? 3
        : 4;
  const scorecards = (['ada', 'ben'] as const).flatMap((who) =>
    defaultPack.modules.map((module) => ({
      id: `${who}-${module.id}`,
      candidateId: who,
      interviewer: 'Ann',
      packId: 'ai-architect-default',
      packVersion: 1,
      moduleId: module.id,
      status: 'submitted',
      ratings: Object.fromEntries(
        module.criteria.map((criterion) => [
          criterion.id,
          { level: level(who, module.id, criterion.signal), evidence: 'Quoted in the notes.' },
        ]),
      ),
      flags: [],
      recommendation: null,
      notes: '',
      updatedAt: AT,
      submittedAt: AT,
    })),
  );
  return JSON.stringify({
    format: 'archkit-bundle',
    formatVersion: 1,
    exportedAt: AT,
    rubricPacks: [],
    candidates: [
      { id: 'ada', name: 'Ada Lovelace', track: 'full-time', createdAt: AT },
      { id: 'ben', name: 'Ben Carter', track: 'full-time', createdAt: AT },
    ],
    scorecards,
  });
}

async function importBundle(page: Page) {
  // The scorecards name the default pack: wait until the first start has stored it.
  await page.goto('/rubrics');
  await expect(page.getByRole('link', { name: /AI systems architect/i })).toBeVisible();
  await page.goto('/settings');
  await page.getByLabel('Bundle file (.json)').setInputFiles({
    name: 'past-candidates.json',
    mimeType: 'application/json',
    buffer: Buffer.from(pastCandidates()),
  });
  await expect(page.getByText('Imported past-candidates.json.')).toBeVisible();
}

test('adapting the kit: clone, add a criterion, tighten the threshold, see the what-if, export', async ({
  page,
}) => {
  await importBundle(page);

  await page.goto('/rubrics');
  await page.getByRole('link', { name: /AI systems architect/i }).click();
  await page.getByRole('link', { name: 'Clone' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Clone AI systems architect/ }),
  ).toBeVisible();
  await page.getByLabel('Pack title').fill('Platform team kit');

  const parts = page.getByRole('navigation', { name: 'Parts of the pack' });
  await parts.getByRole('link', { name: /^Failure-mode question/ }).click();
  const criteria = page.getByRole('region', { name: 'Criteria' });
  await criteria.getByRole('button', { name: 'Add a criterion' }).click();
  const added = criteria.getByRole('group', { name: 'Criterion 7' });
  await expect(added.getByLabel('Title')).toBeFocused();
  await added.getByLabel('Title').fill('Designs for the payment ledger failing mid-write');
  const levels = [
    'Says the database handles it',
    'Names retries and idempotency keys',
    'Designs reconciliation with a named owner and alert',
    'Chose the outbox and reconciliation in advance, with the rejected option and why',
  ];
  for (const [index, text] of levels.entries()) {
    await added.getByLabel(new RegExp(`^Level ${index + 1}`)).fill(text);
  }

  await parts.getByRole('link', { name: 'Verdict policy and weights' }).click();
  const whatIf = page.getByRole('region', { name: 'What if: verdicts with these changes' });
  await expect(whatIf.getByText('2 scored candidates: no verdict would change.')).toBeVisible();
  await page.getByLabel('Architect minimum (architecture score)').fill('85');
  const moves = whatIf.getByRole('table', { name: 'Who moves from what to what' });
  await expect(moves.getByRole('row')).toHaveText([
    /Verdict now\s*Verdict with these changes\s*Candidates\s*Who/,
    /Architect\s*Borderline\s*1\s*Ada Lovelace/,
  ]);
  await expect(
    whatIf.getByText('2 scored candidates: 1 would change verdict, 1 would keep it.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save the clone' }).click();
  await expect(page).toHaveURL(/\/rubrics\/platform-team-kit\/1$/);
  await expect(page.getByText(/Saved “Platform team kit” as a new pack/)).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export pack' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('platform-team-kit.v1.json');
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    id: string;
    version: number;
    verdictPolicy: { architectMin: number };
    modules: { criteria: { title: string }[] }[];
  };
  expect(exported.id).toBe('platform-team-kit');
  expect(exported.version).toBe(1);
  expect(exported.verdictPolicy.architectMin).toBe(85);
  expect(exported.modules[0]!.criteria.map((c) => c.title)).toContain(
    'Designs for the payment ledger failing mid-write',
  );

  // The colleague's copy is the same file: importing it again changes nothing; a changed
  // copy under the same version is refused.
  await page.goto('/rubrics');
  const packFile = page.getByLabel('Import a pack file (.json)');
  await packFile.setInputFiles((await download.path())!);
  await expect(
    page.getByText(/“Platform team kit” version 1 is already here with the same content/),
  ).toBeVisible();
  await packFile.setInputFiles({
    name: 'changed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...exported, title: 'Someone else’s kit' })),
  });
  await expect(page.getByRole('alert')).toContainText(
    'version: pack "platform-team-kit" version 1 is already here with different content',
  );
  await expect(page.getByRole('link', { name: /Platform team kit/ })).toHaveCount(1);
  await expectNoAxeViolations(page);

  // A candidate is scored on the new version, and the added criterion reaches the report.
  await page.goto('/candidates/new');
  await page.getByLabel('Name').fill('Chidi Okeke');
  await page.getByLabel('Rubric pack').selectOption({ label: 'Platform team kit (version 1)' });
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await page.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  const interview = new InterviewPageModel(page);
  await interview.sayWhoIsInterviewing('Ann');
  await expect(interview.criteria()).toHaveCount(7);
  await expect(interview.criterion(6)).toContainText(
    'Designs for the payment ledger failing mid-write',
  );
  await interview.rateAllFromKeyboard([3, 3, 3, 3, 3, 3, 4]);
  await interview.submit();
  await page.goto(page.url().replace(/\/interview\/.*$/, '/report'));
  await expect(page.getByRole('region', { name: 'Criteria and evidence' })).toContainText(
    'Designs for the payment ledger failing mid-write',
  );
});

test('an edited pack is a new version; the two compare in plain words; a used version stays', async ({
  page,
}) => {
  await importBundle(page);
  await page.goto('/rubrics/ai-architect-default/1');
  await expect(
    page.getByText(/8 scorecards use this version, so it can never change or be deleted/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Delete version/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Edit as new version' }).click();
  const parts = page.getByRole('navigation', { name: 'Parts of the pack' });

  // Nothing invalid is saved: an emptied level is named in the summary and at the field.
  await parts.getByRole('link', { name: /^Live sketch/ }).click();
  const first = page
    .getByRole('region', { name: 'Criteria' })
    .getByRole('group', { name: 'Criterion 1' });
  await first.getByLabel('Level 2').fill('');
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  const summary = page.getByRole('heading', { name: 'There is 1 problem to fix before saving' });
  await expect(summary).toBeVisible();
  await expect(first.getByLabel('Level 2')).toHaveAttribute('aria-invalid', 'true');
  await expect(first.getByText('Level 2 must not be empty.')).toBeVisible();
  await expectNoAxeViolations(page);
  await parts.getByRole('link', { name: 'Pack details' }).click();
  await page
    .getByRole('link', { name: 'Module 2, criterion 1, level 2: must not be empty' })
    .click();
  await expect(first.getByLabel('Level 2')).toBeFocused();
  await page.keyboard.type('Lists components and one trade-off');

  await parts.getByRole('link', { name: 'Verdict policy and weights' }).click();
  await page.getByLabel('Engineering minimum').fill('55');
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(page).toHaveURL(/\/rubrics\/ai-architect-default\/2$/);
  await expect(page.getByText('Saved as version 2.')).toBeVisible();

  await page.getByRole('link', { name: 'Compare versions' }).click();
  await expect(
    page.getByRole('heading', { name: 'What changed from version 1 to version 2' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Verdict policy' })).toContainText(
    'Engineering minimum changed from 50 to 55.',
  );
  await expectNoAxeViolations(page);

  // Version 2 is not used by any scorecard: it can go, after a confirmation.
  await page.goto('/rubrics/ai-architect-default/2');
  await page.getByRole('button', { name: 'Delete version 2' }).click();
  await page.getByRole('button', { name: 'Yes, delete version 2' }).click();
  await expect(page).toHaveURL(/\/rubrics$/);
  await expect(page.getByText(/Deleted version 2 of/)).toBeVisible();
});
