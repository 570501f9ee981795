import { expect, test } from '@playwright/test';
import { CandidatesPageModel } from './pages/candidates-page';
import { InterviewPageModel } from './pages/interview-page';

const FIRST = 'Provider 429s over 2% for 3 minutes open the breaker. ';
const MORE = 'Then the cheaper model answers with a banner that says so, and the queue drains. ';

test('closing the page while typing loses at most the last half second', async ({ context }) => {
  let page = await context.newPage();
  const url = await new CandidatesPageModel(page).add({ name: 'Cora Crash' });
  await page.getByRole('link', { name: /Start interview: Failure-mode/ }).click();
  await new InterviewPageModel(page).sayWhoIsInterviewing('Maya Levin');
  const interviewUrl = page.url();
  const evidence = () => page.getByRole('textbox', { name: /^Evidence for/ }).first();

  // Typed, then 600 ms of quiet: all of it must survive.
  await evidence().click();
  await page.keyboard.type(FIRST);
  await page.waitForTimeout(600);
  // Then typing without a pause, and the tab dies mid-word.
  await page.evaluate(() => {
    const box = document.querySelector<HTMLTextAreaElement>('textarea[id]')!;
    const log: [number, number][] = [];
    box.addEventListener('input', () => log.push([performance.now(), box.value.length]));
    (window as unknown as { typingLog: typeof log }).typingLog = log;
  });
  const typing = page.keyboard.type(MORE.repeat(3), { delay: 40 }).catch(() => {});
  // Wait for the typing itself, not a fixed time: on a busy machine keys arrive slower. Then
  // 700 ms more of typing, so what was typed half a second before the crash is well past FIRST.
  await expect
    .poll(() =>
      page.evaluate(
        () => document.querySelector<HTMLTextAreaElement>('textarea[id]')!.value.length,
      ),
    )
    .toBeGreaterThan(FIRST.length + 20);
  await page.waitForTimeout(700);
  const { log, now } = await page.evaluate(() => ({
    log: (window as unknown as { typingLog: [number, number][] }).typingLog,
    now: performance.now(),
  }));
  await page.close({ runBeforeUnload: false });
  await typing;

  // What was typed more than half a second before the crash.
  const mustSurvive = [...log].reverse().find(([at]) => at <= now - 500)?.[1] ?? FIRST.length;
  expect(mustSurvive).toBeGreaterThan(FIRST.length + 20);

  page = await context.newPage();
  await page.goto(interviewUrl);
  const saved = await evidence().inputValue();
  expect(saved.startsWith(FIRST)).toBe(true);
  expect((FIRST + MORE.repeat(3)).startsWith(saved)).toBe(true);
  expect(saved.length).toBeGreaterThanOrEqual(mustSurvive);
  await page.goto(url);
  await expect(page.getByRole('row', { name: /Failure-mode/ })).toContainText('Maya Levin: draft');
});
