import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../ui/paths';

/** Shown instead of a screen that failed; the rest of the app and all data stay intact. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <section className="page" aria-labelledby="route-error-title">
      <h1 id="route-error-title">Something went wrong on this screen</h1>
      <p>Your saved data is safe. Reload the page, or go back to the start.</p>
      <p className="muted">Details: {detail}</p>
      <p>
        <Link to={paths.home}>Go to the start</Link>
      </p>
    </section>
  );
}
