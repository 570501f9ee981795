import { describe, expect, it } from 'vitest';
import { SORTABLE_COLUMNS, sortCandidates } from '../../src/features/candidates/candidate-order';
import { candidateColumns } from '../../src/features/candidates/candidate-columns';
import type { CandidateSummary } from '../../src/domain/candidate-summary';

let next = 0;
const row = (overrides: Partial<CandidateSummary>): CandidateSummary => ({
  candidateId: `c${next++}`,
  name: 'Someone',
  track: 'full-time',
  claimedTitle: '',
  email: '',
  status: 'complete',
  verdict: 'architect',
  architectureScore: 50,
  engineeringScore: 50,
  createdAt: '2026-01-01T09:00:00.000Z',
  lastActivityAt: '2026-01-01T09:00:00.000Z',
  packKey: null,
  scorecardCount: 0,
  hiddenFromViewer: false,
  ...overrides,
});
const names = (rows: CandidateSummary[]) => rows.map((r) => r.name);

describe('ordering candidates', () => {
  it('sorts names alphabetically whatever their case, both ways', () => {
    const rows = ['bruno', 'Amara', 'Daniel', 'ada'].map((name) => row({ name }));
    expect(names(sortCandidates(rows, { id: 'name', desc: false }))).toEqual([
      'ada',
      'Amara',
      'bruno',
      'Daniel',
    ]);
    expect(names(sortCandidates(rows, { id: 'name', desc: true }))).toEqual([
      'Daniel',
      'bruno',
      'Amara',
      'ada',
    ]);
  });

  it('puts scores hidden from the viewer or missing last, in both directions', () => {
    const rows = [
      row({ name: 'none', architectureScore: null }),
      row({ name: 'high', architectureScore: 90 }),
      row({ name: 'hidden', architectureScore: 99, hiddenFromViewer: true }),
      row({ name: 'low', architectureScore: 10 }),
    ];
    expect(names(sortCandidates(rows, { id: 'architecture', desc: false }))).toEqual([
      'low',
      'high',
      'none',
      'hidden',
    ]);
    expect(names(sortCandidates(rows, { id: 'architecture', desc: true }))).toEqual([
      'high',
      'low',
      'none',
      'hidden',
    ]);
  });

  it('keeps the order of equal keys, and sorts dates and verdicts as shown', () => {
    const rows = [
      row({ name: 'first', lastActivityAt: '2026-03-01T00:00:00.000Z' }),
      row({ name: 'second', lastActivityAt: '2026-03-01T00:00:00.000Z' }),
      row({ name: 'newest', lastActivityAt: '2026-12-01T00:00:00.000Z' }),
    ];
    expect(names(sortCandidates(rows, { id: 'lastActivityAt', desc: true }))).toEqual([
      'newest',
      'first',
      'second',
    ]);
    const verdicts = [
      row({ name: 'hidden one', verdict: 'architect', hiddenFromViewer: true }),
      row({ name: 'architect', verdict: 'architect' }),
    ];
    expect(names(sortCandidates(verdicts, { id: 'verdict', desc: false }))).toEqual([
      'architect',
      'hidden one',
    ]);
  });

  it('leaves the rows as they are without a known column, and knows every column', () => {
    const rows = [row({ name: 'b' }), row({ name: 'a' })];
    expect(sortCandidates(rows, undefined)).toBe(rows);
    expect(sortCandidates(rows, { id: 'nope', desc: false })).toBe(rows);
    const columnIds = candidateColumns.map(
      (column) => column.id ?? (column as { accessorKey?: string }).accessorKey,
    );
    expect([...SORTABLE_COLUMNS].sort()).toEqual(columnIds.sort());
  });
});
