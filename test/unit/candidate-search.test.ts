import { describe, expect, it } from 'vitest';
import {
  filterCandidates,
  searchCandidates,
  searchTextOf,
} from '../../src/features/candidates/candidate-search';
import type { CandidateSummary } from '../../src/domain/candidate-summary';

const row = (overrides: Partial<CandidateSummary>): CandidateSummary => ({
  candidateId: 'c1',
  name: 'Ada Lovelace',
  track: 'fractional',
  claimedTitle: 'Head of AI Architecture',
  email: 'ada@example.com',
  status: 'complete',
  verdict: 'mislabeled-engineer',
  architectureScore: 40,
  engineeringScore: 80,
  createdAt: '2026-01-01T09:00:00.000Z',
  lastActivityAt: '2026-01-01T09:00:00.000Z',
  packKey: 'ai-architect-default@1',
  scorecardCount: 4,
  hiddenFromViewer: false,
  ...overrides,
});

const names = (rows: CandidateSummary[]) => rows.map((r) => r.name);

describe('searching candidates', () => {
  const ada = row({});
  const grace = row({
    candidateId: 'c2',
    name: 'Grace Hopper',
    claimedTitle: 'Staff Engineer',
    email: 'grace@navy.example',
    track: 'full-time',
    verdict: 'architect',
  });
  const rows = [ada, grace];

  it('finds by name, title and email, ignoring case and outer spaces', () => {
    expect(names(searchCandidates(rows, '  LOVELACE '))).toEqual(['Ada Lovelace']);
    expect(names(searchCandidates(rows, 'staff eng'))).toEqual(['Grace Hopper']);
    expect(names(searchCandidates(rows, '@navy'))).toEqual(['Grace Hopper']);
    expect(searchCandidates(rows, 'nobody by that name')).toEqual([]);
  });

  it('finds by the labels the list shows, not the stored codes', () => {
    expect(names(searchCandidates(rows, 'mislabeled engineer'))).toEqual(['Ada Lovelace']);
    expect(names(searchCandidates(rows, 'retainer'))).toEqual(['Ada Lovelace']);
    expect(names(searchCandidates(rows, 'full-time hire'))).toEqual(['Grace Hopper']);
    expect(searchCandidates(rows, 'mislabeled-engineer')).toEqual([]);
  });

  it('never finds a candidate by a verdict hidden from the viewer', () => {
    const hidden = row({ candidateId: 'c3', name: 'Hidden Verdict', hiddenFromViewer: true });
    expect(names(searchCandidates([hidden], 'mislabeled'))).toEqual([]);
    expect(searchTextOf(hidden)).not.toContain('mislabeled');
  });

  it('returns every row, the same array, for an empty query', () => {
    expect(searchCandidates(rows, '   ')).toBe(rows);
  });
});

describe('filtering candidates', () => {
  const rows = [
    row({ candidateId: 'a', name: 'A', track: 'fractional', verdict: 'architect' }),
    row({ candidateId: 'b', name: 'B', track: 'full-time', verdict: 'architect' }),
    row({ candidateId: 'c', name: 'C', track: 'fractional', hiddenFromViewer: true }),
  ];

  it('keeps the rows equal to every chosen filter', () => {
    expect(names(filterCandidates(rows, [{ id: 'track', value: 'fractional' }]))).toEqual([
      'A',
      'C',
    ]);
    expect(
      names(
        filterCandidates(rows, [
          { id: 'track', value: 'fractional' },
          { id: 'verdict', value: 'architect' },
        ]),
      ),
    ).toEqual(['A']);
    expect(filterCandidates(rows, [{ id: 'status', value: 'in-progress' }])).toEqual([]);
  });

  it('filters by the verdict the viewer sees: a hidden one is not found by its value', () => {
    expect(
      names(filterCandidates(rows, [{ id: 'verdict', value: 'mislabeled-engineer' }])),
    ).toEqual([]);
  });

  it('returns the same rows when no filter is chosen', () => {
    expect(filterCandidates(rows, [])).toBe(rows);
    expect(filterCandidates(rows, [{ id: 'track', value: '' }])).toBe(rows);
  });
});
