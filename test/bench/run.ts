import { mkdirSync, writeFileSync } from 'node:fs';
import { runBrowserBench } from './browser-bench';
import { runDomainBench } from './domain-bench';

// `npm run bench`: the domain figures in Node, then the built app in Chromium. Prints a table
// and writes bench/results.json. Figures, not assertions: targets are in the issue.
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;

const candidates = Number(process.env.BENCH_CANDIDATES ?? 10_000);
const domain = runDomainBench({ candidates });
const browser = process.env.BENCH_SKIP_BROWSER ? null : await runBrowserBench(candidates);

const rows: [string, string, string][] = [
  ['Reports for all candidates (Node)', ms(domain.reportsMs), '< 1 s'],
  ['Parse + validate the bundle (Node)', ms(domain.parseAndValidateMs), ''],
];
if (browser) {
  const appRead = median(browser.appReadMs);
  const rawRead = median(browser.rawReadMs);
  rows.push(
    ['Import the year bundle (Chromium)', ms(median(browser.importMs)), '< 5 s'],
    [
      '… raw IndexedDB put() of the same records, in the same pages',
      ms(browser.rawWriteMs),
      'floor',
    ],
    ['Cold start to first candidate row', ms(median(browser.coldStartFirstRowMs)), '< 1 s'],
    ["The app's read of every candidate", ms(appRead), ''],
    ['… raw IndexedDB getAll() of the same rows', ms(rawRead), 'floor'],
    ['App read ÷ raw read', (appRead / rawRead).toFixed(2), '≤ 1.5'],
    ['Sort 10,000 candidates', ms(median(browser.sortMs)), '< 100 ms'],
    ['Filter by track', ms(median(browser.filterMs)), '< 100 ms'],
    ['Search', ms(median(browser.searchMs)), '< 100 ms'],
    ["Open a candidate's verdict from the list", ms(median(browser.reportMs)), '< 50 ms'],
    ['… then their full report', ms(median(browser.fullReportMs)), '< 50 ms'],
    ['Open the cohort scatter', ms(median(browser.cohortScatterMs)), ''],
    ['JS heap with the list loaded (after GC)', `${browser.jsHeapMb.toFixed(0)} MB`, ''],
  );
}
console.log(
  `\n${domain.candidates} candidates, ${domain.scorecards} scorecards, bundle ${(domain.bundleBytes / 1e6).toFixed(1)} MB`,
);
console.log('| figure | median | target |\n|---|---|---|');
for (const [name, value, target] of rows) console.log(`| ${name} | ${value} | ${target} |`);
console.log(
  '\nMedians of the visits. Interactions are timed in the page, from the event to the frame after the DOM shows the result.',
);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ at: new Date().toISOString(), domain, browser }, null, 2)}\n`,
);
