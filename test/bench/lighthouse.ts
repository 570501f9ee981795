import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// `npm run lighthouse`: Lighthouse with Debian's Chromium on the built app. Lighthouse starts
// from an empty profile, so the pages are those a first visit sees.
const PORT = 4192;
const PAGES = ['/', '/rubrics/ai-architect-default/1', '/how-scoring-works'];

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  console.log('| page | performance | accessibility | best practices |\n|---|---|---|---|');
  for (const page of PAGES) {
    const out = `/tmp/archkit-lighthouse-${PAGES.indexOf(page)}.json`;
    const run = spawnSync(
      'npx',
      [
        'lighthouse',
        `http://127.0.0.1:${PORT}${page}`,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
        stdio: 'inherit',
      },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed on ${page}`);
    const categories = (
      JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> }
    ).categories;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    console.log(
      `| ${page} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} |`,
    );
  }
} finally {
  if (server.pid) process.kill(-server.pid);
}
