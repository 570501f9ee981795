import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet, RouterProvider, createMemoryRouter, type RouteObject } from 'react-router';
import { DatabaseProvider } from '../../src/db/database-provider';
import type { ArchkitDatabase } from '../../src/db/database';
import { toStoredPack } from '../../src/db/pack-repository';
import { EditPackPage } from '../../src/features/rubric-editor/edit-pack-page';
import { NewPackPage } from '../../src/features/rubric-editor/new-pack-page';
import { ComparePage } from '../../src/features/rubric-editor/compare-page';
import { PackPage } from '../../src/features/rubrics/pack-page';
import { RubricsPage } from '../../src/features/rubrics/rubrics-page';
import { freshDatabase } from '../support/render-app';
import { AT, makeCandidate, makeTestPack, workedExample } from '../fixtures/factories';
import { putScorecards } from '../../src/db/scorecard-store';

// The editor's routes as the lead adds them to src/app/routes.tsx (there lazy-loaded).
const routes: RouteObject[] = [
  {
    path: '/',
    Component: Outlet,
    children: [
      { path: 'rubrics', Component: RubricsPage },
      { path: 'rubrics/new', Component: NewPackPage },
      { path: 'rubrics/:packId/compare', Component: ComparePage },
      { path: 'rubrics/:packId/:version', Component: PackPage },
      { path: 'rubrics/:packId/:version/edit', Component: EditPackPage },
    ],
  },
];

function renderEditor(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <DatabaseProvider db={db}>
      <RouterProvider router={router} />
    </DatabaseProvider>,
  );
  return router;
}

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.packs.add(toStoredPack(makeTestPack(), 'user', AT));
});
afterEach(async () => {
  await db.delete();
});

async function scoreWorkedExample(track: 'full-time' | 'fractional' = 'full-time') {
  const bundle = workedExample(track);
  await db.candidates.bulkAdd(bundle.candidates.map((c) => ({ ...c, updatedAt: AT })));
  await putScorecards(db, bundle.scorecards);
}

const nav = () => screen.getByRole('navigation', { name: 'Parts of the pack' });

describe('the rubric editor', () => {
  it('adds and removes criteria and modules', async () => {
    const user = userEvent.setup();
    renderEditor('/rubrics/test-pack/1/edit');
    await user.click(
      await within(await screen.findByRole('navigation', { name: 'Parts of the pack' })).findByRole(
        'link',
        { name: 'Failure mode' },
      ),
    );

    const criteria = screen.getByRole('region', { name: 'Criteria' });
    expect(within(criteria).getAllByRole('group', { name: /^Criterion \d$/ })).toHaveLength(3);
    await user.click(within(criteria).getByRole('button', { name: 'Add a criterion' }));
    const added = within(criteria).getByRole('group', { name: 'Criterion 4' });
    // The new criterion's title takes focus, with four empty levels and a fresh id.
    expect(within(added).getByLabelText('Title')).toHaveFocus();
    expect(within(added).getByLabelText('Id')).toHaveValue('m1-4');
    expect(within(added).getAllByLabelText(/^Level \d/)).toHaveLength(4);

    await user.click(within(criteria).getByRole('button', { name: 'Remove criterion 1' }));
    const left = within(criteria).getAllByRole('group', { name: /^Criterion \d$/ });
    expect(left).toHaveLength(3);
    expect(within(left[0]!).getByLabelText('Title')).toHaveValue(
      'Designed the fallback in advance',
    );

    await user.click(within(nav()).getByRole('button', { name: 'Add a module' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Module 3' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: 'Module 3' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.type(screen.getAllByLabelText('Title')[0]!, 'Billing deep dive');
    expect(within(nav()).getByRole('link', { name: 'Billing deep dive' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove module 3' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove the module' }));
    expect(
      within(nav()).queryByRole('link', { name: 'Billing deep dive' }),
    ).not.toBeInTheDocument();
    expect(within(nav()).getAllByRole('link')).toHaveLength(4);
  });

  it('shows problems inline and in a summary, and saves nothing invalid', async () => {
    const user = userEvent.setup();
    renderEditor('/rubrics/test-pack/1/edit?section=m1');
    const criteria = await screen.findByRole('region', { name: 'Criteria' });
    await user.click(within(criteria).getByRole('button', { name: 'Add a criterion' }));
    const added = within(criteria).getByRole('group', { name: 'Criterion 3' });
    await user.type(within(added).getByLabelText('Title'), 'Knows our ledger');
    // Three of the four levels: the four-level rule holds the save back.
    for (const level of [1, 3, 4]) {
      await user.type(
        within(added).getByLabelText(new RegExp(`^Level ${level}`)),
        `Level ${level} answer`,
      );
    }
    const weight = within(added).getByLabelText('Weight');
    await user.clear(weight);
    await user.type(weight, '0');
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }));

    const summary = await screen.findByRole('heading', {
      name: 'There are 2 problems to fix before saving',
    });
    const box = summary.parentElement!;
    expect(box).toHaveFocus();
    expect(
      within(box)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Module 2, criterion 3, weight: must be greater than 0',
      'Module 2, criterion 3, level 2: must not be empty',
    ]);
    const level2 = within(added).getByLabelText('Level 2');
    expect(level2).toHaveAttribute('aria-invalid', 'true');
    expect(level2).toHaveAccessibleDescription('Level 2 must not be empty.');
    expect(within(added).getByLabelText('Weight')).toHaveAccessibleDescription(
      'Weight must be greater than 0.',
    );
    expect(within(nav()).getByRole('link', { name: /Live sketch 2 problems/ })).toBeInTheDocument();

    // From another section, a summary link opens the field's section and focuses the field.
    await user.click(within(nav()).getByRole('link', { name: 'Pack details' }));
    await user.click(within(box).getByRole('link', { name: /level 2: must not be empty/ }));
    const again = () =>
      within(screen.getByRole('group', { name: 'Criterion 3' })).getByLabelText('Level 2');
    await waitFor(() => expect(again()).toHaveFocus());
    // The section was closed and opened again: what was typed is still there.
    expect(
      within(screen.getByRole('group', { name: 'Criterion 3' })).getByLabelText('Title'),
    ).toHaveValue('Knows our ledger');
    expect(await db.packs.count()).toBe(1);

    // Fixed, the inline message goes as the user types.
    await user.type(again(), 'Names two patterns');
    expect(again()).not.toHaveAttribute('aria-invalid');
  });

  it('refuses an empty pack title and an out-of-range threshold, in plain words', async () => {
    const user = userEvent.setup();
    renderEditor('/rubrics/test-pack/1/edit');
    await user.clear(await screen.findByLabelText('Pack title'));
    await user.click(within(nav()).getByRole('link', { name: 'Verdict policy and weights' }));
    const architectMin = screen.getByLabelText('Architect minimum (architecture score)');
    await user.clear(architectMin);
    await user.type(architectMin, '120');
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }));
    const box = (await screen.findByRole('heading', { name: /problems to fix/ })).parentElement!;
    expect(
      within(box)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Title: must not be empty',
      'Verdict policy, architect minimum: must be between 0 and 100',
    ]);
    expect(
      screen.getByLabelText('Architect minimum (architecture score)'),
    ).toHaveAccessibleDescription(
      'Architect minimum (architecture score) must be between 0 and 100.',
    );
    expect(await db.packs.count()).toBe(1);
  });

  it('saves an edit as a new version and leaves the old one as it was', async () => {
    const user = userEvent.setup();
    const router = renderEditor('/rubrics/test-pack/1/edit?section=policy');
    const architectMin = await screen.findByLabelText('Architect minimum (architecture score)');
    await user.clear(architectMin);
    await user.type(architectMin, '75');
    await user.click(screen.getByRole('checkbox', { name: 'Live sketch' }));
    await user.type(screen.getByLabelText('Live sketch, Project track weight'), '2');
    expect(screen.getByText(/Saving makes version 2 of this pack/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }));

    expect(await screen.findByText('Saved as version 2.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rubrics/test-pack/2');
    const v2 = (await db.packs.get('test-pack@2'))!;
    expect(v2.verdictPolicy).toEqual({
      architectMin: 75,
      engineeringMin: 50,
      mislabeledArchitectureMax: 40,
      minModules: 2,
      requiredModules: ['m1', 'm2'],
    });
    expect(v2.trackWeights).toEqual({ fractional: { m2: 3 }, project: { m2: 2 } });
    expect(v2.modules).toEqual(makeTestPack().modules);
    expect((await db.packs.get('test-pack@1'))!.verdictPolicy.architectMin).toBe(70);
  });

  it('shows who would move from what to what while the policy is edited', async () => {
    await scoreWorkedExample();
    await db.candidates.add({
      ...makeCandidate({ id: 'c2', name: 'Raj', track: 'fractional' }),
      updatedAt: AT,
    });
    await putScorecards(
      db,
      workedExample().scorecards.map((card) => ({
        ...card,
        id: `raj-${card.id}`,
        candidateId: 'c2',
      })),
    );
    const user = userEvent.setup();
    renderEditor('/rubrics/test-pack/1/edit?section=policy');
    const panel = await screen.findByRole('region', {
      name: 'What if: verdicts with these changes',
    });
    expect(
      await within(panel).findByText('2 scored candidates: no verdict would change.'),
    ).toBeInTheDocument();

    // Jane: engineering 44.44 → an architect from an engineering minimum of 40.
    const engineeringMin = screen.getByLabelText('Engineering minimum');
    await user.clear(engineeringMin);
    await user.type(engineeringMin, '40');
    const table = await within(panel).findByRole('table', { name: 'Who moves from what to what' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'Verdict nowVerdict with these changesCandidatesWho',
      'BorderlineArchitect1Jane Doe',
    ]);
    // Raj (architecture 77.78) falls to borderline from an architect minimum of 80.
    const architectMin = screen.getByLabelText('Architect minimum (architecture score)');
    await user.clear(architectMin);
    await user.type(architectMin, '80');
    await waitFor(() =>
      expect(
        within(within(panel).getByRole('table'))
          .getAllByRole('row')
          .map((row) => row.textContent),
      ).toEqual(['Verdict nowVerdict with these changesCandidatesWho', 'ArchitectBorderline1Raj']),
    );
    expect(
      within(panel).getByText('2 scored candidates: 1 would change verdict, 1 would keep it.'),
    ).toBeInTheDocument();
  });

  it('clones a pack under a new id made from its title', async () => {
    const user = userEvent.setup();
    const router = renderEditor('/rubrics/new?from=test-pack&version=1');
    const title = await screen.findByLabelText('Pack title');
    expect(title).toHaveValue('Test pack (copy)');
    await user.clear(title);
    await user.type(title, 'Platform team kit');
    await user.click(screen.getByRole('button', { name: 'Save the clone' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/rubrics/platform-team-kit/1'),
    );
    const clone = (await db.packs.get('platform-team-kit@1'))!;
    expect(clone.title).toBe('Platform team kit');
    expect(clone.modules).toEqual(makeTestPack().modules);
    expect(await db.packs.get('test-pack@1')).toBeDefined();
  });

  it('creates a pack from scratch', async () => {
    const user = userEvent.setup();
    const router = renderEditor('/rubrics/new');
    await user.type(await screen.findByLabelText('Pack title'), 'Tiny kit');
    await user.click(within(nav()).getByRole('link', { name: 'Module 1' }));
    await user.type(screen.getAllByLabelText('Title')[0]!, 'One question');
    await user.type(screen.getByLabelText('Question'), 'What broke?');
    const criterion = screen.getByRole('group', { name: 'Criterion 1' });
    await user.type(within(criterion).getByLabelText('Title'), 'Names the failure');
    for (const level of [1, 2, 3, 4]) {
      await user.type(
        within(criterion).getByLabelText(new RegExp(`^Level ${level}`)),
        `Answer ${level}`,
      );
    }
    await user.click(screen.getByRole('button', { name: 'Save the new pack' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/rubrics/tiny-kit/1'));
    const pack = (await db.packs.get('tiny-kit@1'))!;
    expect(pack.modules[0]).toEqual({
      id: 'module-1',
      kind: 'custom',
      title: 'One question',
      weight: 1,
      timeBudgetMinutes: 20,
      prompts: [{ question: 'What broke?' }],
      criteria: [
        {
          id: 'module-1-1',
          title: 'Names the failure',
          signal: 'architecture',
          weight: 1,
          levels: ['Answer 1', 'Answer 2', 'Answer 3', 'Answer 4'],
        },
      ],
    });
  });
});

describe('pack versions in the browser', () => {
  it('a version scorecards use can neither be deleted nor changed; an unused one can be deleted', async () => {
    await scoreWorkedExample();
    await db.packs.add(
      toStoredPack(makeTestPack({ version: 2, title: 'Test pack v2' }), 'user', AT),
    );
    const user = userEvent.setup();
    const router = renderEditor('/rubrics/test-pack/1');
    expect(
      await screen.findByText(
        /4 scorecards use this version, so it can never change or be deleted/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete version/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit as new version' })).toHaveAttribute(
      'href',
      '/rubrics/test-pack/1/edit',
    );

    await router.navigate('/rubrics/test-pack/2');
    await user.click(await screen.findByRole('button', { name: 'Delete version 2' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deleting this version' });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, delete version 2' }));
    expect(await screen.findByText('Deleted version 2 of “Test pack v2”.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rubrics');
    expect(await db.packs.get('test-pack@2')).toBeUndefined();
    expect(await db.packs.get('test-pack@1')).toBeDefined();
  });

  it('compares two versions in plain words', async () => {
    const v2 = makeTestPack({ version: 2 });
    v2.verdictPolicy = { ...v2.verdictPolicy, architectMin: 75 };
    v2.modules[0]!.criteria[0]!.levels[3] = 'Names the rejected option, its cost and why';
    await db.packs.add(toStoredPack(v2, 'user', AT));
    renderEditor('/rubrics/test-pack/1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Compare versions' }));
    expect(
      await screen.findByRole('heading', { name: 'What changed from version 1 to version 2' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Verdict policy' })).toHaveTextContent(
      'Changed Architect minimum (architecture score) changed from 70 to 75.',
    );
    expect(screen.getByRole('region', { name: 'Criteria' })).toHaveTextContent(
      'level 4 (architect) text changed from "Names the rejected option and why" to "Names the rejected option, its cost and why".',
    );
    await user.selectOptions(screen.getByLabelText('From'), 'Version 2');
    expect(
      screen.getByText('Pick two different versions to see what changed.'),
    ).toBeInTheDocument();
  });

  it('imports a pack file: added, already here, or refused with the problem’s path', async () => {
    const user = userEvent.setup();
    renderEditor('/rubrics');
    const input = await screen.findByLabelText('Import a pack file (.json)');
    const file = (pack: unknown, name = 'pack.json') =>
      new File([JSON.stringify(pack)], name, { type: 'application/json' });

    await user.upload(input, file(makeTestPack({ version: 2, title: 'Imported v2' })));
    expect(
      await screen.findByText('Imported “Imported v2” version 2 from pack.json.'),
    ).toBeInTheDocument();
    await user.upload(input, file(makeTestPack({ version: 2, title: 'Imported v2' })));
    expect(
      await screen.findByText(
        /“Imported v2” version 2 is already here with the same content; nothing was changed./,
      ),
    ).toBeInTheDocument();
    await user.upload(input, file(makeTestPack({ version: 2, title: 'Changed' }), 'changed.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'changed.json was not imported, and nothing was changed. The problem: version: pack "test-pack" version 2 is already here with different content; give the changed pack a new version number.',
    );
    const bad = makeTestPack({ version: 3 });
    bad.modules[0]!.criteria[1]!.levels.pop();
    await user.upload(input, file(bad, 'bad.json'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The problem: modules[0].criteria[1].levels: must have exactly four anchored levels (1 to 4).',
      ),
    );
    expect(await db.packs.count()).toBe(2);
  });

  it('restores the default pack when it was deleted, and never twice', async () => {
    const user = userEvent.setup();
    renderEditor('/rubrics');
    await user.click(await screen.findByRole('button', { name: 'Restore the default pack' }));
    expect(
      await screen.findByText('Restored the default pack (ai-architect-default@1).'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /AI systems architect/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore the default pack' }));
    expect(
      await screen.findByText('The default pack is already here; nothing was changed.'),
    ).toBeInTheDocument();
  });
});
