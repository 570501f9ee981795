import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { createCandidate } from '../../src/db/candidate-repository';
import { setCurrentInterviewer } from '../../src/db/session-repository';
import { readScorecardsOf } from '../../src/db/scorecard-store';

// jsdom cannot run the drawing library; the canvas is tested in Chromium (test/e2e/sketch.spec.ts).
vi.mock('../../src/ui/sketch/sketch-canvas', () => ({
  default: () => null,
  SketchCanvas: () => null,
}));

let db: ArchkitDatabase;
let candidateId: string;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
  await setCurrentInterviewer(db, 'Ann');
  candidateId = await createCandidate(db, {
    name: 'Test Candidate',
    track: 'fractional',
    claimedTitle: '',
    email: '',
    notes: '',
    packKey: 'ai-architect-default@1',
  });
});
afterEach(async () => {
  await db.delete();
});

const ownCard = async (moduleId: string) =>
  (await readScorecardsOf(db, candidateId)).find((card) => card.moduleId === moduleId);

describe('the live-sketch interview', () => {
  it('offers the pack’s scenarios and saves the written capture with the scorecard', async () => {
    const user = userEvent.setup();
    renderApp(db, `/candidates/${candidateId}/interview/live-sketch`);
    const picker = await screen.findByLabelText('Scenario to give the candidate');
    const options = within(picker).getAllByRole('option');
    expect(options.length).toBeGreaterThanOrEqual(4);
    await user.selectOptions(picker, options.at(-1)!);
    await user.type(screen.getByLabelText('Components'), 'Gateway, planner, tool registry');
    await user.type(screen.getByLabelText('Main risks'), 'Runaway tool calls');

    await waitFor(
      async () =>
        expect((await ownCard('live-sketch'))?.sketch).toMatchObject({
          components: 'Gateway, planner, tool registry',
          risks: 'Runaway tool calls',
        }),
      { timeout: 2_000 },
    );
  });
});

describe('the document-review interview', () => {
  it('analyses pasted text, names the gaps, and rates nothing until a suggestion is applied', async () => {
    const user = userEvent.setup();
    renderApp(db, `/candidates/${candidateId}/interview/doc-review`);
    const text = readFileSync('test/fixtures/documents/arch-partial-no-cost.md', 'utf8');
    const paste = await screen.findByLabelText(/Or paste a document/);
    await user.click(paste);
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Analyse the pasted text' }));

    const gaps = await screen.findByRole('region', { name: 'Gaps across the documents' });
    expect(gaps).toHaveTextContent('No cost estimate');
    expect(
      screen
        .queryAllByRole('radio', { checked: true })
        .filter((radio) => radio.closest('.criterion-rating')),
    ).toHaveLength(0);

    const apply = screen.getAllByRole('button', { name: /^Apply suggestion for/ })[0]!;
    await user.click(apply);
    expect(
      screen
        .getAllByRole('radio', { checked: true })
        .filter((radio) => radio.closest('.criterion-rating')),
    ).toHaveLength(1);
    await waitFor(
      async () => {
        const card = await ownCard('doc-review');
        expect(Object.values(card?.ratings ?? {}).some((rating) => rating.level !== null)).toBe(
          true,
        );
        // Only the analysis is kept by default: the candidate's text is not stored.
        expect(JSON.stringify(card?.documents ?? [])).not.toContain(text.slice(0, 80));
      },
      { timeout: 2_000 },
    );
  });
});
