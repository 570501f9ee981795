import { createContext, useContext, type ReactNode } from 'react';
import type { ArchkitDatabase } from './database';

const DatabaseContext = createContext<ArchkitDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: ArchkitDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): ArchkitDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase needs a <DatabaseProvider> above it');
  return db;
}
