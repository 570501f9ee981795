import { Link } from 'react-router';
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { shownVerdict, type CandidateSummary } from '../../domain/candidate-summary';
import { STATUS_LABELS } from '../../domain/candidate-status';
import { TRACK_LABELS } from '../../domain/candidate-labels';
import { VERDICT_LABELS } from '../../domain/verdict';
import { paths } from '../../ui/paths';
import { VerdictCell } from '../../ui/verdict-cell';

// Module scope: stable features and columns keep TanStack's row models memoized.
// Search, filters and sort run before the table (candidate-search.ts, candidate-order.ts):
// the table keeps the sort state, the headers and the columns shown, and renders the cells.
export const candidateTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

const helper = createColumnHelper<typeof candidateTableFeatures, CandidateSummary>();

const score = (value: number | null, hidden: boolean) =>
  hidden ? (
    <span className="muted">hidden</span>
  ) : value === null ? (
    <span className="muted">—</span>
  ) : (
    value.toFixed(1)
  );

const day = (iso: string) => iso.slice(0, 10);

export const candidateColumns = helper.columns([
  helper.accessor('name', {
    header: 'Name',
    cell: (info) => (
      <Link to={paths.candidate(info.row.original.candidateId)}>{info.getValue()}</Link>
    ),
  }),
  helper.accessor('claimedTitle', { header: 'Claimed title' }),
  helper.accessor('track', {
    header: 'Track',
    cell: (info) => TRACK_LABELS[info.getValue()],
  }),
  helper.accessor('status', {
    header: 'Status',
    cell: (info) => STATUS_LABELS[info.getValue()],
  }),
  helper.accessor(shownVerdict, {
    id: 'verdict',
    header: 'Verdict',
    cell: (info) => <VerdictCell value={info.getValue()} labels={VERDICT_LABELS} />,
  }),
  helper.accessor((row) => (row.hiddenFromViewer ? null : row.architectureScore), {
    id: 'architecture',
    header: 'Architecture',
    cell: (info) => score(info.getValue(), info.row.original.hiddenFromViewer),
  }),
  helper.accessor((row) => (row.hiddenFromViewer ? null : row.engineeringScore), {
    id: 'engineering',
    header: 'Engineering',
    cell: (info) => score(info.getValue(), info.row.original.hiddenFromViewer),
  }),
  helper.accessor('email', { header: 'Email' }),
  helper.accessor('createdAt', {
    header: 'Added',
    cell: (info) => day(info.getValue()),
  }),
  helper.accessor('lastActivityAt', {
    header: 'Last activity',
    cell: (info) => day(info.getValue()),
  }),
]);

/** Columns a user may hide; the name always stays so a row can be opened. */
export const HIDEABLE_COLUMNS = [
  ['claimedTitle', 'Claimed title'],
  ['track', 'Track'],
  ['status', 'Status'],
  ['verdict', 'Verdict'],
  ['architecture', 'Architecture'],
  ['engineering', 'Engineering'],
  ['email', 'Email'],
  ['createdAt', 'Added'],
  ['lastActivityAt', 'Last activity'],
] as const;

export const DEFAULT_HIDDEN_COLUMNS: Record<string, boolean> = { email: false, createdAt: false };
