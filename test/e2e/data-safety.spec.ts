import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { CandidatesPageModel } from './pages/candidates-page';
import { InterviewPageModel } from './pages/interview-page';
import { expectNoAxeViolations } from './axe';
import { countRecords, everythingStored, untilSaved } from './data-safety-support';

test('a full disk is explained in plain words and leaves the data intact', async ({
  page,
  context,
  baseURL,
}) => {
  const candidates = new CandidatesPageModel(page);
  await candidates.loadSamples();
  const before = await countRecords(page, 'candidates');
  expect(before).toBe(3);

  await page.goto('/settings');
  // Shrink this origin's quota to what it already uses, as a full disk would. (Chromium
  // takes the storage key here, which is the origin with a trailing slash.)
  const cdp = await context.newCDPSession(page);
  const storageKey = `${new URL(baseURL!).origin}/`;
  // The service worker's precache counts against the quota: once a full disk fails it, the
  // browser drops the cache and frees megabytes, room enough for the import. Wait for it.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: storageKey,
    quotaSize: usage + 50_000,
  });
  const probe = randomBytes(400_000).toString('base64');
  const probeWrite = () =>
    page.evaluate(
      (text) =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('quota-probe', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('probe');
          open.onsuccess = () => {
            const tx = open.result.transaction('probe', 'readwrite');
            tx.objectStore('probe').put(text, 'probe');
            tx.oncomplete = () => (open.result.close(), resolve('written'));
            tx.onabort = () => (open.result.close(), resolve(tx.error?.name ?? 'aborted'));
          };
          open.onerror = () => resolve(open.error?.name ?? 'failed');
        }),
      probe,
    );
  // The override reaches the quota manager a moment later, and in some runs of this
  // Chromium not at all: then the disk fills the way the browser reports it, from inside.
  const deadline = Date.now() + 3_000;
  let full = (await probeWrite()) === 'QuotaExceededError';
  while (!full && Date.now() < deadline) {
    await page.waitForTimeout(250);
    full = (await probeWrite()) === 'QuotaExceededError';
  }
  if (!full) {
    test.info().annotations.push({ type: 'quota', description: 'simulated inside the page' });
    // The import writes from a worker: the full disk must be simulated there too.
    const refuseWrites = `{
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = refuse;
      IDBObjectStore.prototype.add = refuse;
    }`;
    // Every worker the page starts from now on runs the same patch before its own code (a
    // module worker from a blob, which the CSP allows). Patching the page's Worker, not the
    // script's response: the service worker serves the script, out of the routes' reach.
    await page.evaluate((patch) => {
      const NativeWorker = window.Worker;
      window.Worker = class extends NativeWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          const source = `${patch}\nimport ${JSON.stringify(new URL(url, location.href).href)};`;
          super(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), options);
        }
      };
    }, refuseWrites);
    await page.evaluate(refuseWrites);
  }
  // Settings starts its import worker, with its own connection, when it opens: before the
  // disk filled. Leave and come back (within the page, so a patch above stays) for a worker
  // that starts on a full disk, as it would on a user's.
  await page.getByRole('navigation').getByRole('link', { name: 'Rubrics' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Bundle file (.json)')).toBeVisible();
  // A 3 MB bundle cannot fit (random text: the browser compresses what it stores).
  const big = {
    format: 'archkit-bundle',
    formatVersion: 1,
    exportedAt: '2026-11-23T10:00:00.000Z',
    rubricPacks: [],
    candidates: Array.from({ length: 300 }, (_, i) => ({
      id: `big-${i}`,
      name: `Big ${i}`,
      track: 'full-time',
      notes: randomBytes(7_500).toString('base64'),
      createdAt: '2026-11-23T10:00:00.000Z',
    })),
    scorecards: [],
  };
  await page.getByLabel('Bundle file (.json)').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(big)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('big.json was not imported.');
  await expect(alert).toContainText('This browser has no storage space left for Archkit');
  await expect(alert).toContainText('Everything saved before is intact');
  expect(await countRecords(page, 'candidates')).toBe(before);

  await cdp.send('Storage.overrideQuotaForOrigin', { origin: storageKey });
  await page.reload();
  await page.goto('/candidates');
  await expect(page.getByText('3 candidates')).toBeVisible();
});

test('Settings shows the storage state, the space used and a backup reminder', async ({ page }) => {
  const candidates = new CandidatesPageModel(page);
  await candidates.loadSamples();
  await page.goto('/settings');
  const fact = (term: string) =>
    page.getByText(term, { exact: true }).locator('xpath=following-sibling::dd[1]');
  await expect(fact('Space used')).toHaveText(/\d+(\.\d)? (bytes|kB|MB|GB) of .* available/);
  await expect(fact('Kept safe from clean-ups')).toHaveText(/^(Yes|No): /);
  await expect(fact('Last backup')).toHaveText('Never');
  await expect(
    page.getByText('You have never exported a backup of your candidates.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  await download;
  await expect(page.getByText('You have never exported a backup')).toHaveCount(0);
  await expect(fact('Last backup')).not.toHaveText('Never');
});

test('erasing a candidate leaves no trace of them anywhere in the browser', async ({ page }) => {
  const candidates = new CandidatesPageModel(page);
  const url = await candidates.add({ name: 'Erin Erasable', title: 'Chief AI Architect' });
  const id = new URL(url).pathname.split('/').pop()!;
  await page.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  const interview = new InterviewPageModel(page);
  await interview.sayWhoIsInterviewing('Maya Levin');
  await interview.rateAllFromKeyboard([2, 2]);
  await untilSaved(page, () => interview.writeEvidence(0, 'Erin named only vendors'));
  await interview.submit();
  // Reopen and resubmit, so the audit log holds a before/after copy of her scorecard.
  await page.getByRole('button', { name: /Reopen/ }).click();
  const reason = page.getByLabel(/reason/i);
  if (await reason.isVisible().catch(() => false)) await reason.fill('Typo in evidence');
  await page
    .getByRole('button', { name: /Reopen/ })
    .last()
    .click();
  await untilSaved(page, () =>
    interview.criterion(1).getByRole('textbox').fill('Erin rewrote the fallback'),
  );
  await interview.submit();
  expect(await everythingStored(page)).toContain('Erin');

  await page.goto(`${url}/edit`);
  await page.getByRole('button', { name: 'Delete Erin Erasable' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  const stored = await everythingStored(page);
  for (const trace of [
    'Erin',
    'Chief AI Architect',
    'named only vendors',
    'Typo in evidence',
    id,
  ]) {
    expect(stored).not.toContain(trace);
  }
});
