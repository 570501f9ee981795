import { useState } from 'react';

const STORAGE_KEY = 'archkit.candidateColumns';

/** Which columns a user chose to see, remembered on this device (a view preference, not data). */
export function useColumnVisibility(defaults: Record<string, boolean>) {
  const [visibility, setVisibility] = useState<Record<string, boolean>>(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
      if (saved && typeof saved === 'object' && !Array.isArray(saved)) {
        return Object.fromEntries(
          Object.entries(saved as Record<string, unknown>).filter(
            ([, value]) => typeof value === 'boolean',
          ),
        ) as Record<string, boolean>;
      }
    } catch {
      // A damaged preference falls back to the defaults.
    }
    return defaults;
  });
  const update = (next: Record<string, boolean>) => {
    setVisibility(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage may be full or blocked; the choice still applies for this visit.
    }
  };
  return [visibility, update] as const;
}
