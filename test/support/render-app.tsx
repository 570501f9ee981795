import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { DatabaseProvider } from '../../src/db/database-provider';
import { openDatabase, type ArchkitDatabase } from '../../src/db/database';
import { routes } from '../../src/app/routes';

let counter = 0;

/** A fresh, empty database with a unique name, so tests never share state. */
export function freshDatabase(): ArchkitDatabase {
  return openDatabase(`archkit-test-${Date.now()}-${counter++}`);
}

/** Renders the real app routes at `path` against `db`, as a user would open that URL. */
export function renderApp(db: ArchkitDatabase, path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <DatabaseProvider db={db}>
      <RouterProvider router={router} />
    </DatabaseProvider>,
  );
  return { ...view, router };
}
