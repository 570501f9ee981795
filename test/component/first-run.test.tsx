import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { getAudience } from '../../src/db/preferences-repository';

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
});
afterEach(async () => {
  await db.delete();
});

describe('first run and home', () => {
  it('asks what you came to do, remembers it, and shows the hiring home', async () => {
    const user = userEvent.setup();
    renderApp(db, '/');
    await user.click(await screen.findByRole('button', { name: /Score interviews/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Score interviews' }),
    ).toBeVisible();
    expect(await getAudience(db)).toBe('hiring');
    expect(await screen.findByText('No candidates yet.')).toBeInTheDocument();
    expect(await screen.findAllByRole('heading', { level: 3 })).toHaveLength(4);
    expect(
      screen.getByRole('heading', { name: 'How to run the four interviews' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load sample candidates' }));
    expect(await screen.findByRole('link', { name: '3 candidates' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change what you came to do' }));
    expect(await screen.findByRole('heading', { name: 'What did you come to do?' })).toBeVisible();
    expect(await getAudience(db)).toBeNull();
  });

  it('shows a founder the deliverables and an "Add a consultant" link to a fractional form', async () => {
    const user = userEvent.setup();
    renderApp(db, '/');
    await user.click(await screen.findByRole('button', { name: /Vet a consultant/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vet a consultant' }),
    ).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /Architecture document/ })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(6);
    expect(screen.getByText(/\$6,000–\$14,000 a month/)).toBeInTheDocument();
    const add = screen.getByRole('link', { name: 'Add a consultant' });
    expect(add).toHaveAttribute('href', '/candidates/new?track=fractional');
    await user.click(add);
    expect(
      await screen.findByRole('radio', { name: 'Fractional consultant (retainer)' }),
    ).toBeChecked();
    expect(screen.getByLabelText('Quoted price in US dollars (optional)')).toBeInTheDocument();
  });

  it('sends a candidate to the self-assessment', async () => {
    const user = userEvent.setup();
    renderApp(db, '/');
    await user.click(await screen.findByRole('button', { name: /Prepare for an interview/ }));
    expect(await screen.findByRole('link', { name: 'Start your self-assessment' })).toHaveAttribute(
      'href',
      '/self-assessment',
    );
  });
});
