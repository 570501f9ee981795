import { useEffect, useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { DatabaseProvider } from '../db/database-provider';
import { openDatabase, type ArchkitDatabase } from '../db/database';
import { routes } from './routes';
import { startDatabase, type StartupProblem } from './startup';
import { UpdatePrompt } from './update-prompt';

const router = createBrowserRouter(routes);

export function App() {
  const [db] = useState<ArchkitDatabase>(() => openDatabase());
  const [problem, setProblem] = useState<StartupProblem | null>(null);
  const [started, setStarted] = useState(false);

  useEffect(() => {
    let cancelled = false;
    startDatabase(db, { onBlocked: (blocked) => !cancelled && setProblem(blocked) }).then(
      (result) => {
        // A blocked upgrade that went through clears its message.
        if (cancelled) return;
        setProblem(result);
        setStarted(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [db]);

  return (
    <DatabaseProvider db={db}>
      {problem && (
        <div role="alert" className="startup-problem">
          <strong>{problem.title}</strong> {problem.detail}
        </div>
      )}
      {/* The service worker is registered once the app has started: installing it
          precaches megabytes, which must not compete with the first screen. */}
      {started && <UpdatePrompt />}
      <RouterProvider router={router} />
    </DatabaseProvider>
  );
}
