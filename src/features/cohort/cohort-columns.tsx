import { Link } from 'react-router';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import { shownVerdict, type CandidateSummary } from '../../domain/candidate-summary';
import { TRACK_LABELS } from '../../domain/candidate-labels';
import { VERDICT_LABELS } from '../../domain/verdict';
import { paths } from '../../ui/paths';
import { VerdictCell } from '../../ui/verdict-cell';

// Module scope: stable features and columns keep TanStack's row models memoized.
export const cohortTableFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof cohortTableFeatures, CandidateSummary>();

const score = (value: number | null, hidden: boolean) =>
  hidden ? (
    <span className="muted">hidden</span>
  ) : value === null ? (
    <span className="muted">—</span>
  ) : (
    value.toFixed(1)
  );

export const cohortColumns = helper.columns([
  helper.accessor('name', {
    header: 'Name',
    sortFn: 'text',
    cell: (info) => <Link to={paths.report(info.row.original.candidateId)}>{info.getValue()}</Link>,
  }),
  helper.accessor('track', {
    header: 'Track',
    filterFn: 'equalsString',
    sortFn: 'text',
    cell: (info) => TRACK_LABELS[info.getValue()],
  }),
  helper.accessor(shownVerdict, {
    id: 'verdict',
    header: 'Verdict',
    filterFn: 'equalsString',
    sortFn: 'text',
    cell: (info) => <VerdictCell value={info.getValue()} labels={VERDICT_LABELS} />,
  }),
  helper.accessor((row) => (row.hiddenFromViewer ? null : row.architectureScore), {
    id: 'architecture',
    header: 'Architecture',
    sortFn: 'basic',
    sortUndefined: 'last',
    enableGlobalFilter: false,
    cell: (info) => score(info.getValue(), info.row.original.hiddenFromViewer),
  }),
  helper.accessor((row) => (row.hiddenFromViewer ? null : row.engineeringScore), {
    id: 'engineering',
    header: 'Engineering',
    sortFn: 'basic',
    sortUndefined: 'last',
    enableGlobalFilter: false,
    cell: (info) => score(info.getValue(), info.row.original.hiddenFromViewer),
  }),
  helper.accessor('createdAt', {
    header: 'Added',
    sortFn: 'alphanumeric',
    enableGlobalFilter: false,
    cell: (info) => info.getValue().slice(0, 10),
  }),
  helper.accessor('lastActivityAt', {
    header: 'Last activity',
    sortFn: 'alphanumeric',
    enableGlobalFilter: false,
    cell: (info) => info.getValue().slice(0, 10),
  }),
]);
