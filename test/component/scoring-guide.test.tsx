import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { toStoredPack } from '../../src/db/pack-repository';
import { makeTestPack } from '../fixtures/factories';

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.packs.add(toStoredPack(makeTestPack(), 'shipped', '2026-11-23T10:00:00.000Z'));
  const strict = makeTestPack({
    id: 'strict',
    title: 'Strict pack',
    verdictPolicy: {
      architectMin: 82.5,
      engineeringMin: 61,
      mislabeledArchitectureMax: 30,
      minModules: 2,
      requiredModules: ['m2'],
    },
    trackWeights: { fractional: { m2: 4 } },
  });
  await db.packs.add(toStoredPack(strict, 'user', '2026-11-23T10:00:00.000Z'));
});
afterEach(async () => {
  await db.delete();
});

describe('How scoring works', () => {
  it('explains the rules with the thresholds of the chosen pack, not constants', async () => {
    const user = userEvent.setup();
    renderApp(db, '/how-scoring-works');
    await screen.findByRole('heading', { name: 'How scoring works' });
    const architectRule = () => screen.getByText(/when architecture is at least/).closest('li')!;
    expect(architectRule()).toHaveTextContent(
      `Architect when architecture is at least 70 and engineering is at least 50`,
    );

    await user.selectOptions(screen.getByLabelText('Rubric pack'), 'strict@1');
    expect(architectRule()).toHaveTextContent(
      'Architect when architecture is at least 82.5 and engineering is at least 61',
    );
    expect(screen.getByText(/Insufficient evidence/).closest('li')).toHaveTextContent(
      'fewer than 2 modules are scored',
    );
    const weights = screen.getByRole('table', { name: /Module weights by track in Strict pack/ });
    const m2Row = within(weights).getByRole('row', { name: /^Live sketch/ });
    expect(
      within(m2Row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '4', '1', '1']);
  });
});
