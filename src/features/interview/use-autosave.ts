import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'pending' }
  | { phase: 'saving' }
  | { phase: 'saved'; at: Date; count: number }
  | { phase: 'failed'; message: string };

/**
 * Debounced saving: a change is written `delayMs` after the typing pauses, at the latest
 * `maxWaitMs` after the first unsaved change even while typing goes on (so a crash loses at
 * most the last half second), and at once when the page is hidden or closed.
 */
export function useAutosave(save: () => Promise<void>, delayMs = 300, maxWaitMs = 400) {
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saves = useRef(0);
  const pendingSince = useRef<number | null>(null);

  const flush = useCallback(() => {
    if (timer.current === null) return chain.current;
    clearTimeout(timer.current);
    timer.current = null;
    pendingSince.current = null;
    // Saves run one after another so an older write can never land after a newer one.
    chain.current = chain.current.then(async () => {
      setState({ phase: 'saving' });
      try {
        await saveRef.current();
        saves.current += 1;
        // A change made while this save ran is still to be written: say so, not "saved".
        setState(
          timer.current !== null
            ? { phase: 'pending' }
            : { phase: 'saved', at: new Date(), count: saves.current },
        );
      } catch (error) {
        setState({
          phase: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    });
    return chain.current;
  }, []);

  const schedule = useCallback(() => {
    const now = Date.now();
    if (timer.current !== null) clearTimeout(timer.current);
    else setState({ phase: 'pending' });
    pendingSince.current ??= now;
    const wait = Math.max(0, Math.min(delayMs, pendingSince.current + maxWaitMs - now));
    timer.current = setTimeout(() => void flush(), wait);
  }, [delayMs, maxWaitMs, flush]);

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush };
}
