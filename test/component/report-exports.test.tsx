import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { importBundle } from '../../src/db/bundle-repository';
import { parseBundleText } from '../../src/domain/bundle-validate';
import { reportToMarkdown, reportsToMarkdown } from '../../src/domain/report-markdown';
import { buildBundleReports, computeReport } from '../../src/domain/report-model';
import { sampleBundle } from '../../src/domain/sample-candidates';
import { workedExample } from '../fixtures/factories';

let db: ArchkitDatabase;
let blobs: Blob[];
let dir: string;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
  blobs = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(
    (blob) => (blobs.push(blob as Blob), 'blob:archkit'),
  );
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  dir = mkdtempSync(join(tmpdir(), 'archkit-report-'));
});
afterEach(async () => {
  await db.delete();
  rmSync(dir, { recursive: true, force: true });
});

const root = join(__dirname, '..', '..');

/** `npx tsx src/cli/report.ts FILE`, as a user runs the command line. */
function cliReport(bundleText: string): string {
  const file = join(dir, 'candidate.json');
  writeFileSync(file, bundleText);
  const run = spawnSync('npx', ['tsx', 'src/cli/report.ts', file], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr.replace(/npm warn.*\n/g, '')).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

async function downloadBoth() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Download bundle (JSON)' }));
  await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
  expect(blobs).toHaveLength(2);
  return { bundleText: await blobs[0]!.text(), markdown: await blobs[1]!.text() };
}

describe('exporting a report', () => {
  it('downloads the Markdown of reportToMarkdown and a valid bundle the command line reports identically', async () => {
    await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
    renderApp(db, '/candidates/sample-mislabeled/report');
    const { bundleText, markdown } = await downloadBoth();

    const parsed = parseBundleText(bundleText);
    if (!parsed.ok) throw new Error(`bundle rejected: ${JSON.stringify(parsed.problem)}`);
    const bundle = parsed.value;
    expect(bundle.candidates.map((c) => c.id)).toEqual(['sample-mislabeled']);
    expect(bundle.scorecards).toHaveLength(12);
    expect(bundle.rubricPacks.map((p) => `${p.id}@${p.version}`)).toEqual([
      'ai-architect-default@1',
    ]);

    // The same data through the domain: one report, its Markdown byte for byte.
    const report = computeReport(bundle.candidates[0]!, bundle.rubricPacks[0]!, bundle.scorecards);
    expect(markdown).toBe(reportToMarkdown(report));
    expect(markdown).toContain('## Verdict: Mislabeled engineer');
    expect(
      markdown.startsWith('# Daniel Kowalczyk (full-time), claimed title: AI Systems Architect'),
    ).toBe(true);

    // And the command line on the downloaded bundle prints exactly the same text.
    expect(cliReport(bundleText)).toBe(markdown);
  }, 90_000);

  it('keeps drafts in the bundle and out of the scores, as the command line does', async () => {
    await importBundle(db, workedExample('fractional'));
    renderApp(db, '/candidates/c1/report');
    const { bundleText, markdown } = await downloadBoth();
    const bundle = JSON.parse(bundleText);
    expect(bundle.scorecards.map((s: { id: string }) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(markdown).toBe(reportsToMarkdown(buildBundleReports(bundle)));
    expect(markdown).toContain('## Verdict: Architect');
    expect(markdown).toContain('(1 draft not counted)');
    expect(cliReport(bundleText)).toBe(markdown);
  }, 90_000);

  it('prints through the browser’s own dialog', async () => {
    await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderApp(db, '/candidates/sample-architect/report');
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Print / save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
