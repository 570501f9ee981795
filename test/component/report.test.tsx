import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { importBundle } from '../../src/db/bundle-repository';
import { setCurrentInterviewer } from '../../src/db/session-repository';
import { sampleBundle } from '../../src/domain/sample-candidates';
import {
  makeBundle,
  makeCandidate,
  makeScorecard,
  makeTestPack,
  ratings,
} from '../fixtures/factories';
import { getScorecard, putScorecard, scorecardTables } from '../../src/db/scorecard-store';

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
  await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
});
afterEach(async () => {
  await db.delete();
});

const region = (name: string) => screen.getByRole('region', { name });

/** Turns a submitted card back into a draft behind the app's back, as another tab's edit would. */
async function markAsDraft(scorecardId: string) {
  const card = await getScorecard(db, scorecardId);
  await db.transaction('rw', scorecardTables(db), () =>
    putScorecard(db, { ...card!, status: 'draft' }),
  );
}

async function openReport(candidateId: string) {
  renderApp(db, `/candidates/${candidateId}/report`);
  await screen.findByRole('heading', { level: 1 });
}

describe('the report of the mislabeled engineer', () => {
  beforeEach(() => openReport('sample-mislabeled'));

  it('states the verdict in plain words with the rule and the reasons', () => {
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Daniel Kowalczyk');
    const verdict = region('Verdict');
    expect(within(verdict).getByText('Mislabeled engineer')).toHaveClass('verdict-chip');
    expect(verdict).toHaveTextContent(
      'Why: Mislabeled engineer: the gate flag "Has never written an architecture document" was raised, and engineering 62.2 ≥ the engineering minimum 50.0.',
    );
    const reasons = within(verdict).getByRole('list', { name: 'Reasons' });
    expect(within(reasons).getAllByRole('listitem')[0]).toHaveTextContent(
      'Scores: architecture 10.0, engineering 62.2',
    );
    expect(reasons).toHaveTextContent(
      'Weakest scored module: "Cost and observability probe" (cost-observability) at 11.8.',
    );
  });

  it('places the candidate on the two axes, with a table giving the same figures', () => {
    const position = region('Position on the two axes');
    const chart = within(position).getByRole('img', {
      name: 'Daniel Kowalczyk on the architecture and engineering axes',
    });
    // The point carries a hover title; the thresholds are drawn as three lines.
    expect(chart.querySelector('.scatter-highlight title')?.textContent).toBe(
      'Daniel Kowalczyk: architecture 10.0, engineering 62.2, Mislabeled engineer',
    );
    expect(chart.querySelectorAll('.scatter-threshold')).toHaveLength(3);
    expect(within(chart).getByText('architect 70.0')).toBeInTheDocument();
    const table = within(position).getByRole('table', {
      name: 'Scores against the thresholds of the verdict policy',
    });
    expect(within(table).getByRole('row', { name: /Architecture/ })).toHaveTextContent(
      'Architecture10.0architect at 70.0 or more; mislabeled engineer below 45.0',
    );
    expect(within(table).getByRole('row', { name: /Engineering/ })).toHaveTextContent(
      'Engineering62.2at least 50.0',
    );
    expect(position).toHaveTextContent(
      'By the scores alone the candidate sits in the Mislabeled engineer region.',
    );
  });

  it('gives each module score and marks the weakest', () => {
    const rows = within(region('Module scores')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Failure-mode question: a production failure they designed for1.5 18.8',
      'Live sketch: how would you approach our system1.5 27.8',
      'Document review: an architecture document they wrote1 17.0',
      'Cost and observability probe1 11.8 (weakest)',
    ]);
  });

  it('shows every interviewer’s level and evidence for each criterion', () => {
    const criterion = within(region('Criteria and evidence')).getByRole('article', {
      name: 'Criterion: Fallback designed in advance',
    });
    const items = within(criterion)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Ana Lima, level 1: No fallback: “the retry decorator kept trying until OpenAI came back”.',
      'Priya Natarajan, level 1: No fallback: “the retry decorator kept trying until OpenAI came back”.',
      'Tom Becker, level 2: A static “try again later” message was added after the outage.',
    ]);
  });

  it('lists the flags raised and by whom', () => {
    const flags = region('Flags raised');
    const gate = within(flags)
      .getByText('Has never written an architecture document')
      .closest('li');
    expect(gate).toHaveTextContent('gate: decides the verdict');
    expect(gate).toHaveTextContent('Raised by Ana Lima, Priya Natarajan in');
    expect(within(flags).getAllByRole('listitem')).toHaveLength(6);
  });

  it('tallies the recommendations', () => {
    const table = within(region('Recommendations')).getByRole('table');
    const counts = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(counts).toEqual(['Strong yes0', 'Yes0', 'No8', 'Strong no4', 'None given0']);
  });

  it('reads the panel agreement plainly, with coverage and confidence', () => {
    const panel = region('Panel agreement and confidence');
    expect(panel).toHaveTextContent('0.57');
    expect(panel).toHaveTextContent('Settle the disagreements first');
    expect(panel).toHaveTextContent('settle the disagreements in the debrief before deciding');
    expect(panel).toHaveTextContent('24 of 24 criteria observed');
    expect(panel).toHaveTextContent('3 interviewers submitted 12 scorecards.');
    expect(panel).toHaveTextContent('ConfidenceLow');
  });

  it('says what to probe next, starting with the weakest module', () => {
    expect(region('What to probe next')).toHaveTextContent(
      'The weakest module, Cost and observability probe (11.8): go deeper on Cost per request, in numbers (0.0), Traces, dashboards and alert thresholds (0.0), Silent degradation and drift (0.0).',
    );
  });

  it('shows no engagement view for a full-time hire, and no disagreement', () => {
    expect(screen.queryByRole('region', { name: 'The engagement' })).toBeNull();
    expect(region('Disagreements to settle')).toHaveTextContent(
      'None: no criterion has levels 2 or more apart.',
    );
    expect(screen.getByText('Hiring report')).toBeInTheDocument();
  });
});

describe('the report of the fractional consultant', () => {
  beforeEach(() => openReport('sample-borderline'));

  it('speaks of the engagement: deliverables to expect and the cost context', () => {
    expect(screen.getByText('Engagement report: fractional consultant')).toBeInTheDocument();
    const engagement = region('The engagement');
    const table = within(engagement).getByRole('table', {
      name: 'Deliverables to expect from the consultant',
    });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Architecture document',
      'Infrastructure specification',
      'Orchestration design',
      'Safety & guardrails spec',
      'Observability plan',
      'Handoff documentation',
    ]);
    expect(engagement).toHaveTextContent('$6,000–$14,000 a month');
    expect(engagement).toHaveTextContent('$200,000–$350,000 total compensation a year');
  });

  it('lists the disagreements to settle, with each interviewer’s level', () => {
    const items = within(region('Disagreements to settle'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Decision records (Document review: an architecture document they wrote): Ana Lima 2, Priya Natarajan 2, Tom Becker 4',
      'Evaluation before and after changes (Cost and observability probe): Ana Lima 2, Priya Natarajan 3, Tom Becker 1',
    ]);
    expect(region('What to probe next')).toHaveTextContent(
      'Ask again where the panel split: Decision records, Evaluation before and after changes.',
    );
  });
});

describe('independent scoring', () => {
  it('hides ratings and verdict while the viewer has an unsubmitted scorecard', async () => {
    await setCurrentInterviewer(db, 'Priya Natarajan');
    await markAsDraft('sample-mislabeled-doc-review-priya');
    await openReport('sample-mislabeled');
    expect(
      screen.getByRole('heading', { name: 'Submit your scorecard to see the report' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'not submitted yet (Document review: an architecture document they wrote)',
    );
    expect(screen.queryByText('Mislabeled engineer')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Verdict' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Criteria and evidence' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download Markdown' })).toBeNull();
  });

  it('shows everything to a colleague who has submitted', async () => {
    await setCurrentInterviewer(db, 'Tom Becker');
    await markAsDraft('sample-mislabeled-doc-review-priya');
    await openReport('sample-mislabeled');
    expect(region('Verdict')).toBeInTheDocument();
    // Priya's draft counts nowhere.
    expect(screen.getByText(/11 submitted scorecards \(1 draft not counted\)/)).toBeInTheDocument();
  });
});

describe('several pack versions', () => {
  it('gives one report per pack version the scorecards name', async () => {
    const v1 = makeTestPack();
    const v2 = makeTestPack({ version: 2, title: 'Test pack' });
    await importBundle(
      db,
      makeBundle({
        rubricPacks: [v1, v2],
        candidates: [makeCandidate({ id: 'c1', name: 'Jane Doe' })],
        scorecards: [
          makeScorecard({
            id: 's1',
            candidateId: 'c1',
            moduleId: 'm1',
            ratings: ratings({ a1: 4, a2: 4, e1: 4 }),
          }),
          makeScorecard({
            id: 's2',
            candidateId: 'c1',
            moduleId: 'm1',
            packVersion: 2,
            ratings: ratings({ a1: 1, a2: 1, e1: 1 }),
          }),
        ],
      }),
    );
    await openReport('c1');
    const nav = screen.getByRole('navigation', { name: 'Reports by pack version' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Test pack, version 1', 'Test pack, version 2']);
    const first = screen.getByRole('region', { name: 'Against Test pack, version 1' });
    const second = screen.getByRole('region', { name: 'Against Test pack, version 2' });
    expect(
      within(first).getByRole('region', { name: 'Module scores (Test pack, version 1)' }),
    ).toHaveTextContent('Failure mode2 100.0 (weakest)');
    expect(
      within(second).getByRole('region', { name: 'Module scores (Test pack, version 2)' }),
    ).toHaveTextContent('Failure mode2 0.0 (weakest)');
  });
});

describe('a candidate nobody has interviewed yet', () => {
  it('reports insufficient evidence and lists every interview still to run', async () => {
    await importBundle(
      db,
      makeBundle({
        candidates: [makeCandidate({ id: 'c9', name: 'New Person', track: 'project' })],
      }),
    );
    await openReport('c9');
    expect(within(region('Verdict')).getByText('Insufficient evidence')).toBeInTheDocument();
    expect(region('Position on the two axes')).toHaveTextContent(
      'The candidate cannot be placed on the chart: the architecture and engineering scores are unknown.',
    );
    // No pack chosen and no scorecard: measured against the shipped default kit.
    expect(region('What to probe next')).toHaveTextContent(
      'Interviews not yet scored: Failure-mode question: a production failure they designed for, Live sketch: how would you approach our system, Document review: an architecture document they wrote, Cost and observability probe.',
    );
    expect(region('The engagement')).toHaveTextContent('$15,000–$60,000 fixed');
    expect(screen.getByText('Engagement report: project consultant')).toBeInTheDocument();
  });
});
