import { describe, expect, it } from 'vitest';
import { searchCandidates, searchTextOf } from '../../src/features/candidates/candidate-search';
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
