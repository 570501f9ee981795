import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { importBundle } from '../../src/db/bundle-repository';
import { setCurrentInterviewer } from '../../src/db/session-repository';
import { reopenScorecard } from '../../src/db/scorecard-repository';
import { sampleBundle } from '../../src/domain/sample-candidates';
import { makeBundle, makeCandidate } from '../fixtures/factories';
import { QuadrantScatter } from '../../src/ui/charts/quadrant-scatter';

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
  await importBundle(db, sampleBundle(new Date('2026-11-20T10:00:00Z')));
});
afterEach(async () => {
  await db.delete();
});

const cohortTable = () => screen.getByRole('table', { name: /Every candidate with verdict/ });
const rowNames = () =>
  within(cohortTable())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('the cohort view', () => {
  it('lists every candidate with axis scores, verdict, track and dates, sorted by architecture', async () => {
    renderApp(db, '/cohort');
    expect(await screen.findByText('3 candidates')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Amara Osei', 'Sofía Ibarra', 'Daniel Kowalczyk']);
    const daniel = within(cohortTable()).getByRole('row', { name: /Daniel Kowalczyk/ });
    expect(daniel).toHaveTextContent('Full-time hire');
    expect(daniel).toHaveTextContent('Mislabeled engineer');
    expect(daniel).toHaveTextContent('10.0');
    expect(daniel).toHaveTextContent('62.2');
    expect(daniel).toHaveTextContent('2026-11-07');
    expect(within(daniel).getByRole('link', { name: 'Daniel Kowalczyk' })).toHaveAttribute(
      'href',
      '/candidates/sample-mislabeled/report',
    );
  });

  it('sorts from a header and filters by verdict, the scatter following the filter', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(db, '/cohort');
    await screen.findByText('3 candidates');
    await user.click(within(cohortTable()).getByRole('button', { name: /Engineering/ }));
    expect(rowNames()).toEqual(['Sofía Ibarra', 'Daniel Kowalczyk', 'Amara Osei']);
    expect(router.state.location.search).toContain('sort=engineering%3Aasc');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Verdict' }), 'architect');
    expect(rowNames()).toEqual(['Amara Osei']);
    expect(screen.getByText('1 of 3 candidates match')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: '1 candidate on the architecture and engineering axes' }),
    ).toBeInTheDocument();
  });

  it('draws every candidate on the two axes with a title per point and the policy’s lines', async () => {
    renderApp(db, '/cohort');
    const chart = await screen.findByRole('img', {
      name: '3 candidates on the architecture and engineering axes',
    });
    const titles = [...chart.querySelectorAll('.scatter-points title')].map((t) => t.textContent);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Daniel Kowalczyk: Mislabeled engineer, architecture 10.0, engineering 62.2',
        'Amara Osei: Architect, architecture 92.0, engineering 78.9',
        'Sofía Ibarra: Borderline, architecture 56.5, engineering 56.6',
      ]),
    );
    expect(chart.querySelectorAll('.scatter-threshold')).toHaveLength(3);
    expect(screen.getByText(/Lines: the thresholds of .*, version 1\./)).toBeInTheDocument();
  });

  it('compares two to four candidates side by side, the choice kept in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(db, '/cohort');
    await screen.findByText('3 candidates');
    expect(await screen.findByText(/Tick two to 4 candidates/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Compare Daniel Kowalczyk' }));
    expect(await screen.findByText(/Tick at least one more candidate/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Compare Amara Osei' }));
    expect(router.state.location.search).toContain('compare=sample-mislabeled');

    const compare = await screen.findByRole('table', {
      name: 'The chosen candidates side by side',
    });
    const header = within(compare)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(header).toEqual(['Measure', 'Daniel Kowalczyk', 'Amara Osei']);
    const row = (name: RegExp) => within(compare).getByRole('row', { name });
    expect(row(/^Verdict/)).toHaveTextContent('VerdictMislabeled engineerArchitect');
    expect(row(/^Architecture score/)).toHaveTextContent('Architecture score10.092.0');
    expect(row(/^Cost and observability probe/)).toHaveTextContent('11.882.4');
    expect(row(/^Flags raised/)).toHaveTextContent(
      'Has never written an architecture document (gate)',
    );

    await user.click(screen.getByRole('button', { name: 'Clear the comparison' }));
    expect(router.state.location.search).not.toContain('compare');
  });

  it('allows four candidates at most', async () => {
    await importBundle(
      db,
      makeBundle({
        rubricPacks: [],
        candidates: [
          makeCandidate({ id: 'x1', name: 'Extra One' }),
          makeCandidate({ id: 'x2', name: 'Extra Two' }),
        ],
      }),
    );
    const user = userEvent.setup();
    renderApp(db, '/cohort');
    await screen.findByText('5 candidates');
    for (const name of ['Amara Osei', 'Sofía Ibarra', 'Daniel Kowalczyk', 'Extra One'])
      await user.click(screen.getByRole('checkbox', { name: `Compare ${name}` }));
    expect(screen.getByRole('checkbox', { name: 'Compare Extra Two' })).toBeDisabled();
    await waitFor(() =>
      expect(
        within(
          screen.getByRole('table', { name: 'The chosen candidates side by side' }),
        ).getAllByRole('columnheader'),
      ).toHaveLength(5),
    );
  });

  it('downloads the shown candidates as CSV', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(
      (blob) => (blobs.push(blob as Blob), 'blob:archkit'),
    );
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp(db, '/cohort');
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    const lines = (await blobs[0]!.text()).split('\r\n');
    expect(lines[0]).toBe(
      'Name,Claimed title,Track,Status,Verdict,Architecture score,Engineering score,Rubric pack,Scorecards,Added,Last activity',
    );
    expect(lines).toContain(
      'Daniel Kowalczyk,AI Systems Architect,full-time,All modules submitted,Mislabeled engineer,10.0,62.2,ai-architect-default@1,12,2026-11-07,2026-11-12',
    );
    expect(lines).toHaveLength(5);
  });

  it('shows interviewer calibration with the drafts each left unsubmitted', async () => {
    await reopenScorecard(db, 'sample-borderline-doc-review-tom', 'Tom Becker', 'a second look');
    renderApp(db, '/cohort');
    const table = await screen.findByRole('table', { name: 'Interviewer calibration' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Ana Lima', 'Priya Natarajan', 'Tom Becker']);
    expect(rows.map((cells) => [cells[1], cells[4]])).toEqual([
      ['In line', '0'],
      ['In line', '0'],
      ['In line', '1'],
    ]);
    expect(rows[2]![3]).toBe('11');
  });

  it('hides the verdict and scores of a candidate the viewer is still scoring', async () => {
    await setCurrentInterviewer(db, 'Tom Becker');
    await reopenScorecard(db, 'sample-borderline-doc-review-tom', 'Tom Becker', 'a second look');
    renderApp(db, '/cohort');
    await screen.findByText('3 candidates');
    const sofia = within(cohortTable()).getByRole('row', { name: /Sofía Ibarra/ });
    expect(sofia).toHaveTextContent('Hidden until you submit');
    expect(sofia).not.toHaveTextContent('56.5');
    expect(
      screen.getByRole('img', { name: '2 candidates on the architecture and engineering axes' }),
    ).toBeInTheDocument();
  });
});

describe('the scatter at the scale of a year of hiring', () => {
  it('draws ten thousand points as one path per group', () => {
    const groups = [
      { id: 'a', label: 'Architect', shape: 'circle', className: 'scatter-tone-good' },
      { id: 'b', label: 'Borderline', shape: 'diamond', className: 'scatter-tone-mixed' },
    ] as const;
    const points = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p${i}`,
      x: (i * 37) % 101,
      y: (i * 53) % 101,
      label: `Candidate ${i}`,
      group: i % 3 === 0 ? 'a' : 'b',
    }));
    const started = performance.now();
    const { container } = render(
      <QuadrantScatter
        title="Ten thousand candidates"
        description="A stress test"
        xLabel="Engineering score"
        yLabel="Architecture score"
        points={points}
        groups={groups}
      />,
    );
    const paths = container.querySelectorAll('.scatter-points path');
    expect(paths).toHaveLength(2);
    expect([...paths].map((p) => Number(p.getAttribute('data-count')))).toEqual([3334, 6666]);
    // No per-point nodes: the table beside it is the text equivalent.
    expect(container.querySelectorAll('.scatter-points title')).toHaveLength(0);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
