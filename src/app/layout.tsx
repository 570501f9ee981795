import { NavLink, Outlet, useNavigation } from 'react-router';
import { paths } from '../ui/paths';

const NAV_ITEMS = [
  { to: paths.candidates, label: 'Candidates' },
  { to: paths.cohort, label: 'Cohort' },
  { to: paths.rubrics, label: 'Rubrics' },
  { to: paths.scoringGuide, label: 'How scoring works' },
  { to: paths.selfAssessment, label: 'Self-assessment' },
  { to: paths.settings, label: 'Settings' },
] as const;

export function Layout() {
  const navigation = useNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to={paths.home} className="brand" end>
          Archkit
        </NavLink>
        <nav aria-label="Main">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>Your data stays in this browser. Nothing is sent anywhere unless you export it.</p>
      </footer>
    </>
  );
}
