import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import type { ArchkitDatabase } from '../../src/db/database';

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
});
afterEach(async () => {
  await db.delete();
});

describe('the rubric browser', () => {
  it('lists the seeded default pack with its four modules', async () => {
    renderApp(db, '/rubrics');
    expect(await screen.findByRole('link', { name: /AI systems architect/i })).toBeInTheDocument();
    const modules = within(
      screen.getByRole('list', { name: /Modules of AI systems architect/i }),
    ).getAllByRole('listitem');
    expect(modules.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Failure-mode question/),
      expect.stringMatching(/^Live sketch/),
      expect.stringMatching(/^Document review/),
      expect.stringMatching(/^Cost and observability/),
    ]);
  });

  it('opens a pack and shows each criterion with its four anchored levels', async () => {
    const user = userEvent.setup();
    renderApp(db, '/rubrics');
    await user.click(await screen.findByRole('link', { name: /AI systems architect/i }));

    expect(
      await screen.findByRole('heading', { level: 1, name: /AI systems architect/i }),
    ).toBeInTheDocument();
    const module = screen.getByRole('article', { name: /Failure-mode/i });
    const levelLists = within(module).getAllByRole('list', { name: /Anchored levels of/ });
    expect(levelLists.length).toBeGreaterThanOrEqual(4);
    for (const list of levelLists) {
      expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    }
    expect(within(levelLists[0]!).getAllByRole('listitem')[0]).toHaveTextContent(
      /we had monitoring/i,
    );
    expect(within(module).getByRole('heading', { name: 'Prompts' })).toBeInTheDocument();
    expect(within(module).getAllByText(/Gate: blocks an architect verdict/).length).toBeGreaterThan(
      0,
    );
  });

  it('switches module from the module navigation and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(db, '/rubrics/ai-architect-default/1');
    const nav = await screen.findByRole('navigation', { name: 'Modules of this pack' });
    await user.click(within(nav).getByRole('link', { name: /Live sketch/i }));

    expect(await screen.findByRole('article', { name: /Live sketch/i })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /Failure-mode/i })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?module=live-sketch');
    expect(within(nav).getByRole('link', { name: /Live sketch/i })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('says so when a pack version does not exist', async () => {
    renderApp(db, '/rubrics/ai-architect-default/99');
    expect(
      await screen.findByRole('heading', { name: 'Rubric pack not found' }),
    ).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address', async () => {
    renderApp(db, '/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
