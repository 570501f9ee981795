import { useEffect, useState } from 'react';
import { elapsedOf, formatClock, useTimerStore } from './timer-store';

export function InterviewTimer({
  timerKey,
  budgetMinutes,
}: {
  timerKey: string;
  budgetMinutes: number;
}) {
  const timer = useTimerStore((state) => state.timers[timerKey]);
  const { start, pause, reset } = useTimerStore.getState();
  const [now, setNow] = useState(() => Date.now());
  const running = timer?.runningSince != null;

  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [running]);

  const elapsed = elapsedOf(timer, running ? now : 0);
  const budgetMs = budgetMinutes * 60_000;
  const over = elapsed > budgetMs;

  return (
    <section className={`timer${over ? ' timer-over' : ''}`} aria-label="Interview timer">
      <p className="timer-clock">
        <span aria-hidden="true">{formatClock(elapsed)}</span>
        <span className="muted"> / {budgetMinutes} min</span>
      </p>
      {/* Read once a minute at most, not every second. */}
      <p className="visually-hidden" aria-live="polite">
        {`${Math.floor(elapsed / 60_000)} of ${budgetMinutes} minutes used${over ? ', over time' : ''}`}
      </p>
      {over && <p className="timer-overrun">Over time by {formatClock(elapsed - budgetMs)}</p>}
      <div className="timer-buttons">
        {running ? (
          <button
            type="button"
            className="secondary"
            onClick={() => (pause(timerKey), setNow(Date.now()))}
          >
            Pause timer
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => (start(timerKey), setNow(Date.now()))}
          >
            {elapsed > 0 ? 'Resume timer' : 'Start timer'}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => reset(timerKey)}
          disabled={elapsed === 0 && !running}
        >
          Reset
        </button>
      </div>
    </section>
  );
}
