import { useEffect, useState } from 'react';

function format(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** A countdown of the module's time budget, for practising against the clock. */
export function CountdownTimer({ minutes }: { minutes: number }) {
  const total = Math.round(minutes * 60);
  const [left, setLeft] = useState(total);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => {
      setLeft((value) => {
        if (value <= 1) {
          setRunning(false);
          return 0;
        }
        return value - 1;
      });
    }, 1000);
    return () => clearInterval(id);
  }, [running]);

  return (
    <div className="countdown">
      <p>
        Time left:{' '}
        <span role="timer" aria-label="Time left">
          {format(left)}
        </span>
        {left === 0 && <strong role="status"> Time is up.</strong>}
      </p>
      <button type="button" onClick={() => setRunning((r) => !r)} disabled={left === 0}>
        {running ? 'Pause timer' : 'Start timer'}
      </button>{' '}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setRunning(false);
          setLeft(total);
        }}
      >
        Reset timer
      </button>
    </div>
  );
}
