import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CandidatesPageModel } from './pages/candidates-page';
import { InterviewPageModel } from './pages/interview-page';
import { untilSaved } from './data-safety-support';
import { ALL_PAYLOADS_TEXT, XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { makeTestPack } from '../fixtures/factories';
import type { Bundle } from '../../src/domain/bundle-schema';

const DIST = process.env.E2E_DIST ?? 'dist';
const AT = '2026-11-20T10:00:00.000Z';

type Watch = { requests: string[]; violations: string[]; dialogs: string[] };

/** Records every request, every CSP violation and every dialog of a browser context. */
async function watch(context: BrowserContext): Promise<Watch> {
  const seen: Watch = { requests: [], violations: [], dialogs: [] };
  context.on('request', (request) => seen.requests.push(request.url()));
  await context.exposeBinding('__reportViolation', (_source, text: string) => {
    seen.violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void })
        .__reportViolation;
      report(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on('page', (page) => observePage(page, seen));
  return seen;
}

function observePage(page: Page, seen: Watch) {
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.violations.push(message.text());
  });
}

function expectOnlyOwnOrigin(requests: readonly string[], baseURL: string) {
  const own = new URL(baseURL).origin;
  const foreign = requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== own;
  });
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(5);
}

test('the built page has a strict Content-Security-Policy and no inline script', async () => {
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = Object.fromEntries(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
  expect(directives).toMatchObject({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
  });
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // Every <script> has a src: nothing inline, including what the PWA plugin injects.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\/[^"]+"/);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

test('a full session stays on this origin with no CSP violation', async ({
  context,
  page,
  baseURL,
}) => {
  const seen = await watch(context);
  observePage(page, seen);
  const candidates = new CandidatesPageModel(page);
  await candidates.loadSamples();
  // The virtualised table sets row heights through style props: allowed without
  // 'unsafe-inline' because React writes them through the CSSOM.
  await expect(page.getByRole('row').nth(1)).toBeVisible();

  const url = await candidates.add({ name: 'Session Sam', title: 'AI Architect' });
  await page.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  const interview = new InterviewPageModel(page);
  await interview.sayWhoIsInterviewing('Maya Levin');
  await interview.rateAllFromKeyboard([4, 3, 3, 2, 3, 0]);
  await untilSaved(page, () => interview.writeEvidence(0, 'Opened the breaker at 2% 429s'));
  await interview.submit();

  await page.goto(`${url}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Session Sam' })).toBeVisible();
  const markdown = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  expect((await markdown).suggestedFilename()).toMatch(/\.md$/);

  await page.goto('/cohort');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  expect((await download).suggestedFilename()).toMatch(/^archkit-bundle-.*\.json$/);

  expectOnlyOwnOrigin(seen.requests, baseURL!);
  expect(seen.violations).toEqual([]);
  expect(seen.dialogs).toEqual([]);
});

/** A rubric pack, candidates and scorecards with a payload in every text a file can carry. */
function hostileBundle(): Bundle {
  const base = makeTestPack();
  const p = (i: number) => XSS_PAYLOADS[i % XSS_PAYLOADS.length]!;
  const pack = {
    ...base,
    id: 'xss-pack',
    title: `Pack ${p(0)}`,
    description: ALL_PAYLOADS_TEXT,
    modules: base.modules.map((module, m) => ({
      ...module,
      title: `Module ${p(m + 1)}`,
      purpose: ALL_PAYLOADS_TEXT,
      prompts: [{ question: p(m + 3), followUps: [p(m + 4)], listenFor: [p(m + 5)] }],
      criteria: module.criteria.map((criterion, c) => ({
        ...criterion,
        title: `Criterion ${c} ${p(m * 5 + c + 6)}`,
        description: p(m * 5 + c + 7),
        levels: [p(c + 8), p(c + 9), p(c + 10), p(c + 11)] as [string, string, string, string],
      })),
      flags: module.flags?.map((flag, f) => ({ ...flag, label: `Flag ${p(f + 12)}` })),
    })),
  };
  const candidates = XSS_PAYLOADS.map((payload, i) => ({
    id: `xss-${i}`,
    name: `Candidate ${i} ${payload}`,
    track: 'full-time' as const,
    claimedTitle: p(i + 1),
    email: p(i + 2),
    notes: ALL_PAYLOADS_TEXT,
    createdAt: AT,
    packId: 'xss-pack',
    packVersion: 1,
  }));
  const scorecards = candidates.slice(0, 3).flatMap((candidate, i) =>
    pack.modules.map((module, m) => ({
      id: `xss-card-${i}-${m}`,
      candidateId: candidate.id,
      interviewer: `Interviewer ${p(i + m)}`,
      packId: 'xss-pack',
      packVersion: 1,
      moduleId: module.id,
      status: 'submitted' as const,
      ratings: Object.fromEntries(
        module.criteria.map((criterion, c) => [
          criterion.id,
          { level: ((c + i) % 4) + 1, evidence: `${p(c + i)} ${ALL_PAYLOADS_TEXT}` },
        ]),
      ),
      flags: module.flags?.slice(0, 1).map((flag) => flag.id) ?? [],
      recommendation: 'no' as const,
      notes: ALL_PAYLOADS_TEXT,
      updatedAt: AT,
      submittedAt: AT,
    })),
  );
  return {
    format: 'archkit-bundle',
    formatVersion: 1,
    exportedAt: AT,
    rubricPacks: [pack],
    candidates,
    scorecards,
  } as Bundle;
}

/** No payload ran, and none became markup: no handler attribute, no injected element. */
async function expectNothingRan(page: Page, seen: Watch, where: string) {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    handlers: [...document.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
    ).length,
    injected: document.querySelectorAll(
      'img[src="x"], iframe, object, embed, svg[onload], details[ontoggle], video, math, base, body body, script:not([src])',
    ).length,
    javascriptUrls: [...document.querySelectorAll('[href], [src], [action], [data]')].filter(
      (element) =>
        ['href', 'src', 'action', 'data'].some((name) =>
          /^\s*javascript:/i.test(element.getAttribute(name) ?? ''),
        ),
    ).length,
  }));
  expect(state, where).toEqual({ xss: undefined, handlers: 0, injected: 0, javascriptUrls: 0 });
  expect(seen.dialogs, where).toEqual([]);
  expect(seen.violations, where).toEqual([]);
}

test(`${XSS_PAYLOADS.length} XSS payloads in every field and file run nowhere`, async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(20);
  const seen = await watch(context);
  observePage(page, seen);

  // An imported file full of payloads: names, notes, evidence, rubric text.
  await page.goto('/settings');
  await page.getByLabel('Bundle file (.json)').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostileBundle())),
  });
  await expect(page.getByText('Imported hostile.json.')).toBeVisible();
  await expectNothingRan(page, seen, 'settings after import');

  // Typed by hand: a candidate form and interview evidence.
  const candidates = new CandidatesPageModel(page);
  const typedUrl = await candidates.add({ name: XSS_PAYLOADS[1]!, title: XSS_PAYLOADS[2] });
  await expectNothingRan(page, seen, 'new candidate');
  await page
    .getByRole('link', { name: /Start interview:/ })
    .first()
    .click();
  const interview = new InterviewPageModel(page);
  await interview.sayWhoIsInterviewing(XSS_PAYLOADS[3]!);
  await untilSaved(page, () => interview.criterion(0).getByRole('textbox').fill(ALL_PAYLOADS_TEXT));
  await untilSaved(page, () => page.getByLabel('Notes').fill(ALL_PAYLOADS_TEXT));
  await interview.submit();
  await expectNothingRan(page, seen, 'interview screen');

  const screens = [
    '/candidates',
    '/candidates/xss-0',
    '/candidates/xss-0/edit',
    '/candidates/xss-0/report',
    '/candidates/xss-1/report',
    `${new URL(typedUrl).pathname}/report`,
    '/candidates/xss-0/interview/m1',
    '/candidates/xss-0/interview/m2',
    '/rubrics',
    '/rubrics/xss-pack/1',
    '/how-scoring-works',
    '/cohort',
    '/self-assessment',
    '/settings',
  ];
  for (const path of screens) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Give lazy content and effects a moment to render the hostile text.
    await page.waitForTimeout(150);
    await expectNothingRan(page, seen, path);
  }
  // The payloads are on screen as plain text.
  await page.goto('/candidates/xss-1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Candidate 1 ${XSS_PAYLOADS[1]}`,
  );

  // The print view and the Markdown download of a hostile report.
  await page.goto('/candidates/xss-0/report');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNothingRan(page, seen, 'print view');
  await page.emulateMedia({ media: 'screen' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const markdown = readFileSync((await (await download).path())!, 'utf8');
  expect(markdown).toContain('Candidate 0');
  // Inert: no tag can open, no link or image can form around a javascript: URL.
  expect(markdown).not.toMatch(/<[A-Za-z!/?]/);
  expect(markdown).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
  expect(markdown).toContain('&lt;script>');
  expect(seen.dialogs).toEqual([]);
});
