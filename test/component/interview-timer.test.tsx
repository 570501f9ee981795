import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { elapsedOf, formatClock, useTimerStore } from '../../src/features/interview/timer-store';
import { InterviewTimer } from '../../src/features/interview/interview-timer';

afterEach(() => useTimerStore.setState({ timers: {} }));

describe('the interview timer', () => {
  it('accumulates time across start and pause', () => {
    const { start, pause } = useTimerStore.getState();
    start('k', 1_000);
    pause('k', 61_000);
    start('k', 100_000);
    const timer = useTimerStore.getState().timers.k;
    expect(elapsedOf(timer, 105_000)).toBe(65_000);
    expect(formatClock(65_000)).toBe('1:05');
  });

  it('shows the overrun once the budget is spent, and starts and pauses from buttons', async () => {
    const user = userEvent.setup();
    useTimerStore.setState({
      timers: { k: { elapsedMs: 31 * 60_000 + 5_000, runningSince: null } },
    });
    render(<InterviewTimer timerKey="k" budgetMinutes={30} />);
    expect(screen.getByText('Over time by 1:05')).toBeInTheDocument();
    expect(screen.getByText(/31 of 30 minutes used, over time/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resume timer' }));
    expect(useTimerStore.getState().timers.k?.runningSince).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Pause timer' }));
    expect(useTimerStore.getState().timers.k?.runningSince).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.queryByText(/Over time/)).not.toBeInTheDocument();
  });
});
