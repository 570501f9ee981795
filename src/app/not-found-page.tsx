import { Link } from 'react-router';
import { paths } from '../ui/paths';

export function NotFoundPage() {
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is nothing at this address. It may have been a link to something since deleted.</p>
      <p>
        <Link to={paths.home}>Go to the start</Link>
      </p>
    </section>
  );
}
