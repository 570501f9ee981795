import { create } from 'zustand';

type TimerState = { elapsedMs: number; runningSince: number | null };

type TimerStore = {
  timers: Record<string, TimerState>;
  start: (key: string, now?: number) => void;
  pause: (key: string, now?: number) => void;
  reset: (key: string) => void;
};

const IDLE: TimerState = { elapsedMs: 0, runningSince: null };

/**
 * Interview timers, one per candidate and module. Session state: it survives moving between
 * screens (a glance at the rubric must not stop the clock), not a reload.
 */
export const useTimerStore = create<TimerStore>((set) => ({
  timers: {},
  start: (key, now = Date.now()) =>
    set((state) => {
      const timer = state.timers[key] ?? IDLE;
      if (timer.runningSince !== null) return state;
      return { timers: { ...state.timers, [key]: { ...timer, runningSince: now } } };
    }),
  pause: (key, now = Date.now()) =>
    set((state) => {
      const timer = state.timers[key] ?? IDLE;
      if (timer.runningSince === null) return state;
      return {
        timers: {
          ...state.timers,
          [key]: { elapsedMs: timer.elapsedMs + now - timer.runningSince, runningSince: null },
        },
      };
    }),
  reset: (key) => set((state) => ({ timers: { ...state.timers, [key]: IDLE } })),
}));

export function elapsedOf(timer: TimerState | undefined, now: number): number {
  if (!timer) return 0;
  return timer.elapsedMs + (timer.runningSince === null ? 0 : now - timer.runningSince);
}

/** `12:05` for 12 minutes 5 seconds. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
