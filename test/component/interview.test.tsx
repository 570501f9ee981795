import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { importBundle } from '../../src/db/bundle-repository';
import { setCurrentInterviewer } from '../../src/db/session-repository';
import { saveDraft } from '../../src/db/scorecard-repository';
import { sampleBundle } from '../../src/domain/sample-candidates';
import { readScorecardsOf } from '../../src/db/scorecard-store';

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
  await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
});
afterEach(async () => {
  await db.delete();
});

const INTERVIEW = '/candidates/sample-borderline/interview/failure-mode';

async function ownDraft(interviewer = 'Zoe') {
  const cards = await readScorecardsOf(db, 'sample-borderline');
  return cards.find((card) => card.interviewer === interviewer && card.moduleId === 'failure-mode');
}

function criterion(index: number) {
  return screen
    .getAllByRole('group')
    .filter((group) => group.classList.contains('criterion-rating'))[index]!;
}

describe('the interview screen', () => {
  it('asks who is interviewing first, and remembers it', async () => {
    const user = userEvent.setup();
    renderApp(db, INTERVIEW);
    await user.type(await screen.findByLabelText('Who is interviewing?'), 'Zoe');
    await user.click(screen.getByRole('button', { name: 'Save my name' }));
    expect(await screen.findByText('Zoe')).toBeInTheDocument();
    expect((await db.meta.get('currentInterviewer'))?.value).toBe('Zoe');
    expect(
      screen.getByRole('form', { name: /Your scorecard for Failure-mode/ }),
    ).toBeInTheDocument();
  });

  it('scores from the keyboard: 1–4, 0, j/k, e, ? — and never while typing', async () => {
    await setCurrentInterviewer(db, 'Zoe');
    const user = userEvent.setup();
    renderApp(db, INTERVIEW);
    await screen.findByRole('form', { name: /Your scorecard/ });

    criterion(0).focus();
    await user.keyboard('3');
    expect(within(criterion(0)).getByRole('radio', { name: /^Level 3/ })).toBeChecked();
    await user.keyboard('j');
    expect(criterion(1)).toHaveFocus();
    await user.keyboard('n');
    expect(within(criterion(1)).getByRole('radio', { name: /^Not observed/ })).toBeChecked();
    await user.keyboard('{ArrowDown}4');
    expect(within(criterion(2)).getByRole('radio', { name: /^Level 4/ })).toBeChecked();
    await user.keyboard('k');
    expect(criterion(1)).toHaveFocus();

    await user.keyboard('e');
    const evidence = within(criterion(1)).getByRole('textbox');
    expect(evidence).toHaveFocus();
    await user.keyboard('said 2 or 3 nines, then j and k');
    expect(evidence).toHaveValue('said 2 or 3 nines, then j and k');
    expect(within(criterion(1)).getByRole('radio', { name: /^Not observed/ })).toBeChecked();
    expect(within(criterion(2)).getByRole('radio', { name: /^Level 4/ })).toBeChecked();

    criterion(0).focus();
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('autosaves a draft within half a second of a change', async () => {
    await setCurrentInterviewer(db, 'Zoe');
    const user = userEvent.setup();
    renderApp(db, INTERVIEW);
    await screen.findByRole('form', { name: /Your scorecard/ });
    await user.click(within(criterion(0)).getByRole('radio', { name: /^Level 2/ }));
    await user.type(within(criterion(0)).getByRole('textbox'), 'We had monitoring');

    await waitFor(
      async () => {
        const draft = await ownDraft();
        expect(draft?.ratings['fm-scenario-specificity']).toEqual({
          level: 2,
          evidence: 'We had monitoring',
        });
      },
      { timeout: 500, interval: 25 },
    );
    expect((await ownDraft())?.status).toBe('draft');
    expect(screen.getByRole('status', { name: '' })).toBeDefined();
  });

  it('restores a saved draft when the interview is reopened', async () => {
    await setCurrentInterviewer(db, 'Zoe');
    await saveDraft(db, {
      id: 'zoe-draft',
      candidateId: 'sample-borderline',
      interviewer: 'Zoe',
      packId: 'ai-architect-default',
      packVersion: 1,
      moduleId: 'failure-mode',
      status: 'draft',
      ratings: { 'fm-scenario-specificity': { level: 3, evidence: 'Named the 429 storm' } },
      flags: ['blames-the-model'],
      recommendation: 'yes',
      notes: 'Strong start',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
    renderApp(db, INTERVIEW);
    await screen.findByRole('form', { name: /Your scorecard/ });
    expect(within(criterion(0)).getByRole('radio', { name: /^Level 3/ })).toBeChecked();
    expect(within(criterion(0)).getByRole('textbox')).toHaveValue('Named the 429 storm');
    expect(screen.getByRole('checkbox', { name: /Blames the model/i })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByLabelText('Notes')).toHaveValue('Strong start');
  });

  it('hides the panel’s ratings until submit, then locks the scorecard and shows the debrief', async () => {
    await setCurrentInterviewer(db, 'Zoe');
    const user = userEvent.setup();
    renderApp(db, INTERVIEW);
    await screen.findByRole('form', { name: /Your scorecard/ });
    expect(screen.queryByRole('heading', { name: /Debrief/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Priya Natarajan')).not.toBeInTheDocument();

    for (let index = 0; index < 6; index++) {
      await user.click(within(criterion(index)).getByRole('radio', { name: /^Level 1/ }));
    }
    await user.click(
      screen.getByRole('checkbox', { name: /No failure mode designed for|designed-for/i }),
    );
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));

    expect(
      await screen.findByRole('heading', { name: 'Your scorecard is submitted' }),
    ).toBeInTheDocument();
    const debrief = screen.getByRole('table', { name: /Levels given by each interviewer/ });
    for (const name of ['Priya Natarajan', 'Tom Becker', 'Ana Lima', 'Zoe']) {
      expect(within(debrief).getByRole('columnheader', { name })).toBeInTheDocument();
    }
    expect(
      within(debrief).getAllByText(/Disagreement: settle in the debrief/).length,
    ).toBeGreaterThan(0);
    const stored = await ownDraft();
    expect(stored?.status).toBe('submitted');
    expect(stored?.flags).toEqual(['no-designed-failure-mode']);
    await expect(saveDraft(db, { ...stored!, notes: 'sneaky edit' })).rejects.toThrow(/locked/);
  });

  it('hides the verdict on the candidate page while the viewer has a draft', async () => {
    await setCurrentInterviewer(db, 'Zoe');
    renderApp(db, '/candidates/sample-borderline');
    expect(
      await screen.findByText('Borderline', { selector: '.verdict-chip' }),
    ).toBeInTheDocument();

    await saveDraft(db, {
      id: 'zoe-draft',
      candidateId: 'sample-borderline',
      interviewer: 'Zoe',
      packId: 'ai-architect-default',
      packVersion: 1,
      moduleId: 'live-sketch',
      status: 'draft',
      ratings: {},
      flags: [],
      recommendation: null,
      notes: '',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
    expect(await screen.findByText(/Hidden until you submit your scorecards/)).toBeInTheDocument();
    expect(screen.queryByText('Borderline', { selector: '.verdict-chip' })).not.toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Live sketch/ })).toHaveTextContent('Zoe: draft');
  });

  it('keeps one draft when two tabs start the same module, and lets the later tab choose', async () => {
    await setCurrentInterviewer(db, 'Zoe');
    const user = userEvent.setup();
    // Two tabs open the module before either has saved anything.
    const first = renderApp(db, INTERVIEW);
    const second = renderApp(db, INTERVIEW);
    const firstForm = await within(first.container).findByRole('form', { name: /Your scorecard/ });
    const secondForm = await within(second.container).findByRole('form', {
      name: /Your scorecard/,
    });
    // The first criterion's evidence (the Notes label's fixed id repeats when two forms share a page).
    const notesIn = (form: HTMLElement) =>
      within(form).getAllByRole('textbox', { name: /^Evidence for/ })[0]!;

    await user.type(notesIn(firstForm), 'First tab');
    const evidence = async () => (await ownDraft())?.ratings['fm-scenario-specificity']?.evidence;
    await waitFor(async () => expect(await evidence()).toBe('First tab'));
    await user.type(notesIn(secondForm), 'Second tab');

    const notice = await within(secondForm).findByRole('alert');
    expect(notice).toHaveTextContent('changed in another tab');
    const cards = await readScorecardsOf(db, 'sample-borderline');
    expect(cards.filter((card) => card.interviewer === 'Zoe')).toHaveLength(1);
    expect(await evidence()).toBe('First tab');

    // Keeping the second tab's entries writes them into the one draft.
    await user.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect(await evidence()).toBe('Second tab'));
    const after = await readScorecardsOf(db, 'sample-borderline');
    expect(after.filter((card) => card.interviewer === 'Zoe')).toHaveLength(1);
  });

  it('reopens a submitted scorecard deliberately and audits who changed what', async () => {
    await setCurrentInterviewer(db, 'Priya Natarajan');
    const user = userEvent.setup();
    renderApp(db, INTERVIEW);
    await user.click(await screen.findByRole('button', { name: 'Reopen to change' }));
    await user.type(screen.getByLabelText('Why are you reopening it?'), 'Misheard the fallback');
    await user.click(screen.getByRole('button', { name: 'Reopen' }));

    await screen.findByRole('form', { name: /Your scorecard/ });
    await user.click(within(criterion(0)).getByRole('radio', { name: /^Level 1/ }));
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    await screen.findByRole('heading', { name: 'Your scorecard is submitted' });

    const audit = await db.audit.where('candidateId').equals('sample-borderline').sortBy('at');
    expect(audit.map((entry) => [entry.actor, entry.action])).toEqual([
      ['Priya Natarajan', 'reopened'],
      ['Priya Natarajan', 'resubmitted'],
    ]);
    expect(audit[0]!.after).toEqual({ reason: 'Misheard the fallback' });
    expect(audit[1]!.after).toEqual([
      { field: 'ratings.fm-scenario-specificity.level', before: expect.any(Number), after: 1 },
    ]);
  });
});
