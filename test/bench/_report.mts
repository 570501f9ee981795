import { chromium } from '@playwright/test';
const ctx = await chromium.launchPersistentContext('test/bench/data/profiles/app', { executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
{ const p = await ctx.newPage(); await p.goto('http://127.0.0.1:4191/rubrics'); await p.evaluate(`(async () => { for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister(); for (const k of await caches.keys()) await caches.delete(k); })()`); await p.close(); }
for (let i = 0; i < 3; i++) {
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4191/candidates');
  await page.locator('tbody tr th').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(3000);
  const result = await page.evaluate(`new Promise((resolve) => {
    const seen = new PerformanceObserver(() => {});
    const started = performance.now();
    const marks = [];
    const obs = new MutationObserver(() => { if (document.querySelector('.verdict-large') && !marks.done) { marks.done = performance.now() - started; } if (document.querySelector('h1#candidate-title') && !marks.h1) marks.h1 = performance.now() - started; });
    obs.observe(document.body, { childList: true, subtree: true });
    document.querySelector('tbody tr th a').click();
    marks.sync = performance.now() - started;
    setTimeout(() => { obs.disconnect(); resolve({ sync: Math.round(marks.sync), h1: Math.round(marks.h1), verdict: Math.round(marks.done), res: performance.getEntriesByType('resource').filter(e => e.startTime > started - 5).map(e => e.name.split('/').pop() + ':' + Math.round(e.startTime - started) + '+' + Math.round(e.duration)) }); }, 1500);
  })`);
  console.log(JSON.stringify(result));
  await page.close();
}
await ctx.close();
