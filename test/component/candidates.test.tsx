import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { importBundle } from '../../src/db/bundle-repository';
import { createCandidate } from '../../src/db/candidate-repository';
import { sampleBundle } from '../../src/domain/sample-candidates';
import { makeBundle } from '../fixtures/factories';
import { countScorecards, readScorecardsOf } from '../../src/db/scorecard-store';

let db: ArchkitDatabase;
beforeEach(async () => {
  localStorage.clear();
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
});
afterEach(async () => {
  await db.delete();
});

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('the candidate list', () => {
  it('tells a new user what to do, and loads three sample candidates in one click', async () => {
    const user = userEvent.setup();
    renderApp(db, '/candidates');
    expect(await screen.findByRole('heading', { name: 'No candidates yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load sample candidates' }));

    expect(await screen.findByText('3 candidates')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Daniel Kowalczyk/ });
    expect(row).toHaveTextContent('Mislabeled engineer');
    expect(screen.getByRole('row', { name: /Amara Osei/ })).toHaveTextContent('Architect');
    expect(screen.getByRole('row', { name: /Sofía Ibarra/ })).toHaveTextContent('Borderline');
  });

  it('filters by track and verdict, searches, and keeps the view in the URL', async () => {
    const user = userEvent.setup();
    await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
    const { router } = renderApp(db, '/candidates');
    await screen.findByText('3 candidates');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Track' }), 'fractional');
    expect(await screen.findByText('1 of 3 candidates match')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Sofía Ibarra']);
    expect(router.state.location.search).toContain('track=fractional');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Track' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Verdict' }), 'architect');
    expect(rowNames()).toEqual(['Amara Osei']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Verdict' }), '');
    await user.type(screen.getByLabelText('Search'), 'kowal');
    expect(rowNames()).toEqual(['Daniel Kowalczyk']);
    expect(router.state.location.search).toContain('q=kowal');
    // The labels on screen are searchable too.
    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'borderline');
    expect(rowNames()).toEqual(['Sofía Ibarra']);
  });

  it('sorts by a column from its header, both ways', async () => {
    const user = userEvent.setup();
    await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
    renderApp(db, '/candidates');
    await screen.findByText('3 candidates');

    await user.click(screen.getByRole('button', { name: /^Architecture/ }));
    const header = screen.getByRole('columnheader', { name: /Architecture/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Daniel Kowalczyk', 'Sofía Ibarra', 'Amara Osei']);
    await user.click(screen.getByRole('button', { name: /^Architecture/ }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Amara Osei', 'Sofía Ibarra', 'Daniel Kowalczyk']);
  });

  it('sorts names alphabetically whatever their case', async () => {
    const user = userEvent.setup();
    await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
    await createCandidate(db, {
      name: 'bruno Díaz',
      track: 'full-time',
      claimedTitle: '',
      email: '',
      notes: '',
      packKey: 'ai-architect-default@1',
    });
    renderApp(db, '/candidates');
    await screen.findByText('4 candidates');
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(rowNames()).toEqual(['Amara Osei', 'bruno Díaz', 'Daniel Kowalczyk', 'Sofía Ibarra']);
  });

  it('lets the user choose the columns, and remembers the choice', async () => {
    const user = userEvent.setup();
    await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
    const first = renderApp(db, '/candidates');
    await screen.findByText('3 candidates');
    expect(screen.getByRole('columnheader', { name: /Claimed title/ })).toBeInTheDocument();
    await user.click(screen.getByText('Columns'));
    await user.click(screen.getByRole('checkbox', { name: 'Claimed title' }));
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    expect(screen.queryByRole('columnheader', { name: /Claimed title/ })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Email/ })).toBeInTheDocument();
    first.unmount();

    renderApp(db, '/candidates');
    await screen.findByText('3 candidates');
    expect(screen.queryByRole('columnheader', { name: /Claimed title/ })).not.toBeInTheDocument();
  });
});

describe('adding, editing and deleting a candidate', () => {
  it('validates the form in plain words and creates the candidate', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(db, '/candidates/new');
    await user.click(await screen.findByRole('button', { name: 'Add candidate' }));
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAccessibleDescription('Enter the candidate’s name');
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.type(name, 'Grace Hopper');
    await user.type(screen.getByLabelText('Email (optional)'), 'not-an-email');
    await user.click(screen.getByRole('radio', { name: /Fractional consultant/ }));
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));
    expect(screen.getByLabelText('Email (optional)')).toHaveAccessibleDescription(
      /Enter an email address like/,
    );
    expect(await db.candidates.count()).toBe(0);

    await user.clear(screen.getByLabelText('Email (optional)'));
    await user.type(screen.getByLabelText('Claimed title'), 'Fractional AI Architect');
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' }),
    ).toBeInTheDocument();
    const [stored] = await db.candidates.toArray();
    expect(stored).toMatchObject({
      name: 'Grace Hopper',
      track: 'fractional',
      claimedTitle: 'Fractional AI Architect',
      packId: 'ai-architect-default',
      packVersion: 1,
    });
    expect(stored?.email).toBeUndefined();
    expect(router.state.location.pathname).toBe(`/candidates/${stored!.id}`);
  });

  it('says what goes with a candidate before deleting, and deletes it all', async () => {
    const user = userEvent.setup();
    await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
    renderApp(db, '/candidates/sample-borderline/edit');
    await user.click(await screen.findByRole('button', { name: /Delete Sofía Ibarra/ }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Sofía Ibarra?' });
    expect(dialog).toHaveTextContent('12 scorecards with their ratings and evidence');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.candidates.get('sample-borderline')).toBeDefined();

    await user.click(screen.getByRole('button', { name: /Delete Sofía Ibarra/ }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    await screen.findByRole('heading', { name: 'Candidates' });
    await waitFor(async () => expect(await db.candidates.get('sample-borderline')).toBeUndefined());
    expect((await readScorecardsOf(db, 'sample-borderline')).length).toBe(0);
    expect(await countScorecards(db)).toBe(24);
  });
});

describe('a long candidate list', () => {
  it('renders only a window of rows, whatever the number of candidates', async () => {
    const at = '2026-11-01T10:00:00.000Z';
    await importBundle(
      db,
      makeBundle({
        rubricPacks: [],
        candidates: Array.from({ length: 2_000 }, (_, i) => ({
          id: `bulk-${i}`,
          name: `Bulk candidate ${String(i).padStart(4, '0')}`,
          track: 'full-time' as const,
          createdAt: at,
          updatedAt: at,
        })),
      }),
    );
    renderApp(db, '/candidates');
    expect(await screen.findByText('2000 candidates')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '2001');
    const rendered = within(table).getAllByRole('rowheader').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
  });
});
