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

  useEffect(() => {
    let cancelled = false;
    startDatabase(db, { onBlocked: (blocked) => !cancelled && setProblem(blocked) }).then(
      (result) => {
        // A blocked upgrade that went through clears its message.
        if (!cancelled) setProblem(result);
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
      <UpdatePrompt />
      <RouterProvider router={router} />
    </DatabaseProvider>
  );
}
