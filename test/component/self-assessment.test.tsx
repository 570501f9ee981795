import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { loadSelfAssessment } from '../../src/db/self-assessment-repository';

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
});
afterEach(async () => {
  await db.delete();
});

describe('self-assessment', () => {
  it('autosaves answers and self-ratings, apart from the candidates', async () => {
    const user = userEvent.setup();
    renderApp(db, '/self-assessment');
    await user.type(await screen.findByLabelText('Your answer to prompt 1'), 'A retry storm');
    const criterion = screen.getByRole('group', { name: /Fallback designed/i });
    await user.click(within(criterion).getByRole('radio', { name: /^Level 2:/ }));
    expect(await screen.findByText('Saved in this browser.')).toBeInTheDocument();
    await waitFor(async () => {
      const saved = await loadSelfAssessment(db);
      expect(saved?.answers['failure-mode#0']).toBe('A retry storm');
      expect(saved?.ratings['fm-designed-fallback']?.level).toBe(2);
    });
    expect(await db.candidates.count()).toBe(0);
  });

  it('reads a readiness report with the three things to practise first', async () => {
    const user = userEvent.setup();
    renderApp(db, '/self-assessment');
    const rate = async (name: RegExp, level: number) =>
      user.click(
        within(await screen.findByRole('group', { name })).getByRole('radio', {
          name: new RegExp(`^Level ${level}:`),
        }),
      );
    await rate(/Fallback designed/i, 2); // impact 4
    await rate(/Specificity of the failure/i, 1); // impact 3
    await rate(/Blast radius/i, 3); // impact 1
    await rate(/AI-specific failure/i, 2); // weight 1.5: impact 3
    await user.click(screen.getByRole('link', { name: 'Readiness report' }));
    const first = await screen.findByRole('list', { name: 'Practise first' });
    const items = within(first).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/fallback/i);
    expect(items[1]).toHaveTextContent(/specific/i);
    expect(screen.getByText('Insufficient evidence')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export as Markdown' })).toBeInTheDocument();
  });
});
