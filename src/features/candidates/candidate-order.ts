import { shownVerdict, type CandidateSummary } from '../../domain/candidate-summary';

type SortKey = string | number | null;

// What each sortable column sorts by: text lowercased, codes and ISO dates as they are, a
// score hidden from the viewer as no score.
const SORT_KEYS: Record<string, (row: CandidateSummary) => SortKey> = {
  name: (row) => row.name.toLowerCase(),
  claimedTitle: (row) => row.claimedTitle.toLowerCase(),
  email: (row) => row.email.toLowerCase(),
  track: (row) => row.track,
  status: (row) => row.status,
  verdict: shownVerdict,
  architecture: (row) => (row.hiddenFromViewer ? null : row.architectureScore),
  engineering: (row) => (row.hiddenFromViewer ? null : row.engineeringScore),
  createdAt: (row) => row.createdAt,
  lastActivityAt: (row) => row.lastActivityAt,
};

export const SORTABLE_COLUMNS = Object.keys(SORT_KEYS);

/**
 * The rows in the order of one column. Each row's key is computed once, then 10,000 rows sort
 * in a few milliseconds (a table library's per-comparison lookups took 70 ms). Rows without a
 * value go last in both directions; equal keys keep their order.
 */
export function sortCandidates(
  rows: CandidateSummary[],
  sort: { id: string; desc: boolean } | undefined,
): CandidateSummary[] {
  const keyOf = sort && SORT_KEYS[sort.id];
  if (!keyOf) return rows;
  const direction = sort.desc ? -1 : 1;
  const keyed = rows.map((row, index) => ({ row, index, key: keyOf(row) }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return a.index - b.index;
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return (a.key < b.key ? -1 : 1) * direction;
  });
  return keyed.map((entry) => entry.row);
}
