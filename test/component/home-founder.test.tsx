import { afterEach, beforeEach, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
});
afterEach(async () => {
  await db.delete();
});

it('adds a fractional consultant with a quoted retainer and compares it with the usual range', async () => {
  const user = userEvent.setup();
  const { router } = renderApp(db, '/candidates/new?track=fractional');
  await user.type(await screen.findByLabelText('Name'), 'Rhea Consultant');
  await user.type(screen.getByLabelText('Quoted price in US dollars (optional)'), '$16,500');
  await user.click(screen.getByRole('button', { name: 'Add candidate' }));
  await screen.findByRole('heading', { level: 1, name: 'Rhea Consultant' });
  const stored = (await db.candidates.toArray())[0]!;
  expect(stored.quotedPrice).toEqual({ amount: 16500, period: 'month' });
  await router.navigate(`/candidates/${stored.id}/report`);
  expect(await screen.findByText(/above the usual range/)).toBeInTheDocument();
  expect(screen.getByText(/\$16,500 per month/)).toBeInTheDocument();
  expect(screen.getByText('Deliverables to expect from the consultant')).toBeInTheDocument();
});
