import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase } from '../support/render-app';
import { DatabaseProvider } from '../../src/db/database-provider';
import { InterviewerIdentity } from '../../src/features/interview/interviewer-identity';

const db = freshDatabase();
afterEach(async () => {
  await db.meta.clear();
});

const identity = (current: string | null) => (
  <DatabaseProvider db={db}>
    <InterviewerIdentity current={current} />
  </DatabaseProvider>
);

describe('who is interviewing', () => {
  it('shows the name once it arrives, even when the screen opened before it had one', () => {
    // A screen that remounts mid-save opens with no name, then hears of the saved one.
    const view = render(identity(null));
    expect(screen.getByLabelText('Who is interviewing?')).toHaveValue('');
    view.rerender(identity('Ana'));
    expect(screen.getByText('Ana')).toBeInTheDocument();
    expect(screen.queryByLabelText('Who is interviewing?')).not.toBeInTheDocument();
  });

  it('lets someone else take over, starting from the current name', async () => {
    const user = userEvent.setup();
    const view = render(identity('Ana'));
    await user.click(screen.getByRole('button', { name: 'Not you? Change' }));
    const input = screen.getByLabelText('Who is interviewing?');
    expect(input).toHaveValue('Ana');
    await user.clear(input);
    await user.type(input, 'Tom');
    await user.click(screen.getByRole('button', { name: 'Save my name' }));
    expect((await db.meta.get('currentInterviewer'))?.value).toBe('Tom');
    view.rerender(identity('Tom'));
    expect(await screen.findByText('Tom')).toBeInTheDocument();
  });

  it('refuses a blank name in plain words', async () => {
    const user = userEvent.setup();
    render(identity(null));
    await user.click(screen.getByRole('button', { name: 'Save my name' }));
    expect(screen.getByText('Enter your name, as the panel knows you.')).toBeInTheDocument();
    expect(await db.meta.get('currentInterviewer')).toBeUndefined();
  });
});
