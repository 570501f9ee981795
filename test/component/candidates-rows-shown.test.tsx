import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { DatabaseProvider } from '../../src/db/database-provider';
import { freshDatabase } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { importBundle } from '../../src/db/bundle-repository';
import { sampleBundle } from '../../src/domain/sample-candidates';
import { CandidatesPage } from '../../src/features/candidates/candidates-page';

let db: ArchkitDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

function renderList(onRowsShown: () => void) {
  render(
    <DatabaseProvider db={db}>
      <MemoryRouter initialEntries={['/candidates']}>
        <CandidatesPage onRowsShown={onRowsShown} />
      </MemoryRouter>
    </DatabaseProvider>,
  );
}

describe('the candidate list tells when its rows are on screen', () => {
  // The next screens' code is fetched then, never while the list still waits for its read.
  it('once the rows are shown, not while they load', async () => {
    await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
    const shown = vi.fn();
    renderList(shown);
    expect(screen.getByText('Loading candidates…')).toBeInTheDocument();
    expect(shown).not.toHaveBeenCalled();
    expect(await screen.findByText('3 candidates')).toBeInTheDocument();
    // The call is an effect after the commit: on a busy machine it can land after the text.
    await waitFor(() => expect(shown).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('and when the empty list is shown', async () => {
    const shown = vi.fn();
    renderList(shown);
    expect(await screen.findByRole('heading', { name: 'No candidates yet' })).toBeInTheDocument();
    await waitFor(() => expect(shown).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown).toHaveBeenCalledTimes(1);
  });
});
