import { afterEach, beforeEach, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { importBundle } from '../../src/db/bundle-repository';
import { workedExample } from '../fixtures/factories';

let db: ArchkitDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

it('shows each live sketch as an image with what was written beside it, never as live markup', async () => {
  const bundle = workedExample();
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__sketchXss = 1</script><rect width="4" height="4"/></svg>';
  bundle.scorecards = bundle.scorecards.map((card) =>
    card.id === 's3'
      ? {
          ...card,
          sketch: {
            components: 'Gateway, retriever, reranker',
            risks: 'Stale index',
            drawing: { elements: [], svg },
          },
        }
      : card,
  );
  await importBundle(db, bundle);
  renderApp(db, '/candidates/c1/report');

  const section = await screen.findByRole('region', { name: 'Live sketch' });
  const image = within(section).getByRole('img', {
    name: "The architecture sketched in Cy's interview",
  });
  expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  expect(atob(image.getAttribute('src')!.split(',')[1]!)).toContain('<rect');
  expect(within(section).getByText('Gateway, retriever, reranker')).toBeInTheDocument();
  expect(within(section).getByText('Stale index')).toBeInTheDocument();
  expect(section.querySelector('script')).toBeNull();
  expect((window as { __sketchXss?: number }).__sketchXss).toBeUndefined();
});
