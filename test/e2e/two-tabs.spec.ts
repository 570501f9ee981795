import { expect, test } from '@playwright/test';
import { untilSaved } from './data-safety-support';
import { CandidatesPageModel } from './pages/candidates-page';
import { storedScorecards } from './stored-records';
import { InterviewPageModel } from './pages/interview-page';

test('a candidate added in one tab appears in the other at once', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto('/candidates');
  await expect(second.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  await new CandidatesPageModel(first).add({ name: 'Tabitha Two' });
  // No reload: the live query of the second tab hears the write of the first.
  await expect(second.getByRole('link', { name: 'Tabitha Two' })).toBeVisible();
});

test('two tabs editing the same draft never lose an edit silently', async ({ context }) => {
  const first = await context.newPage();
  const url = await new CandidatesPageModel(first).add({ name: 'Dora Draft' });
  await first.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  await new InterviewPageModel(first).sayWhoIsInterviewing('Maya Levin');
  const evidence = (page: typeof first) =>
    page.getByRole('textbox', { name: /^Evidence for/ }).first();
  await untilSaved(first, () => evidence(first).fill('First tab, first words'));

  const second = await context.newPage();
  await second.goto(first.url());
  await expect(evidence(second)).toHaveValue('First tab, first words');

  // Both tabs edit; the first saves, then the second tries to save over it.
  await untilSaved(first, () => evidence(first).fill('First tab, more words'));
  await evidence(second).fill('Second tab, other words');
  const notice = second.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(notice).toBeVisible();
  await expect(second.getByText(/Not saved/)).toBeVisible();
  // Nothing was overwritten behind the user's back.
  await first.reload();
  await expect(evidence(first)).toHaveValue('First tab, more words');

  // The user chooses: load the other version, edit on from there.
  await notice.getByRole('button', { name: 'Load the other version' }).click();
  await expect(evidence(second)).toHaveValue('First tab, more words');
  await expect(notice).toHaveCount(0);
  await untilSaved(second, () =>
    evidence(second).fill('First tab, more words, and the second tab’s'),
  );
  await second.goto(url);
  await second.goBack();
  await expect(evidence(second)).toHaveValue('First tab, more words, and the second tab’s');
});

test('two tabs that start the same module make one draft between them', async ({ context }) => {
  const first = await context.newPage();
  await new CandidatesPageModel(first).add({ name: 'Stella Start' });
  await first.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  await new InterviewPageModel(first).sayWhoIsInterviewing('Maya Levin');
  // The second tab opens the module before the first has saved anything.
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByText('Scoring as Maya Levin')).toBeVisible();
  const evidence = (page: typeof first) =>
    page.getByRole('textbox', { name: /^Evidence for/ }).first();

  await untilSaved(first, () => evidence(first).fill('Started in the first tab'));
  await evidence(second).fill('Started in the second tab');
  const notice = second.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(notice).toBeVisible();

  const mayasCards = async () =>
    (await storedScorecards<{ interviewer: string; moduleId: string }>(first)).filter(
      (card) => card.interviewer === 'Maya Levin' && card.moduleId === 'failure-mode',
    );
  expect(await mayasCards()).toHaveLength(1);
  await notice.getByRole('button', { name: 'Keep mine' }).click();
  await expect(second.locator('.save-status')).toHaveText(/^Draft saved/);
  await first.reload();
  await expect(evidence(first)).toHaveValue('Started in the second tab');
  expect(await mayasCards()).toHaveLength(1);
});

test('an upgrade blocked by an older tab is explained, then finishes when it closes', async ({
  context,
}) => {
  // The older tab: Archkit's version 1 schema, held open, deaf to "versionchange".
  const old = await context.newPage();
  await old.goto('/robots.txt');
  await old.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('archkit', 10); // Dexie's version 1
        request.onupgradeneeded = () => {
          const db = request.result;
          const packs = db.createObjectStore('packs', { keyPath: 'key' });
          packs.createIndex('id', 'id');
          packs.createIndex('[id+version]', ['id', 'version']);
          const candidates = db.createObjectStore('candidates', { keyPath: 'id' });
          for (const name of ['name', 'track', 'createdAt', 'updatedAt'])
            candidates.createIndex(name, name);
          const cards = db.createObjectStore('scorecards', { keyPath: 'id' });
          for (const name of ['candidateId', 'interviewer', 'status', 'updatedAt'])
            cards.createIndex(name, name);
          cards.createIndex('[candidateId+moduleId]', ['candidateId', 'moduleId']);
          cards.createIndex('[packId+packVersion]', ['packId', 'packVersion']);
          const audit = db.createObjectStore('audit', { keyPath: 'id' });
          for (const name of ['candidateId', 'scorecardId', 'at']) audit.createIndex(name, name);
          db.createObjectStore('meta', { keyPath: 'key' });
          candidates.put({
            id: 'old-1',
            name: 'Olive Older',
            track: 'full-time',
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          });
        };
        request.onsuccess = () => {
          (window as unknown as { oldDb: IDBDatabase }).oldDb = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  const current = await context.newPage();
  await current.goto('/candidates');
  await expect(current.getByRole('alert')).toContainText(
    'Archkit is open in another tab with an older version; close it to finish the upgrade.',
  );
  await old.evaluate(() => (window as unknown as { oldDb: IDBDatabase }).oldDb.close());
  await expect(current.getByRole('alert')).toHaveCount(0);
  await expect(current.getByRole('link', { name: 'Olive Older' })).toBeVisible();
});
