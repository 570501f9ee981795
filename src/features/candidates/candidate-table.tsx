import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  useTable,
  type ColumnFiltersState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { CandidateSummary } from '../../domain/candidate-summary';
import {
  candidateColumns,
  candidateTableFeatures,
  DEFAULT_HIDDEN_COLUMNS,
} from './candidate-columns';
import { CandidateFilters } from './candidate-filters';
import { sortCandidates } from './candidate-order';
import { filterCandidates, searchCandidates } from './candidate-search';
import { useColumnVisibility } from './use-column-visibility';

const ROW_HEIGHT = 44;
const FILTER_PARAMS = ['track', 'status', 'verdict'] as const;

const resolve = <T,>(updater: Updater<T>, previous: T): T =>
  typeof updater === 'function' ? (updater as (old: T) => T)(previous) : updater;

/** Sort, filters and search live in the URL, so a view can be bookmarked and shared. */
function useTableStateInUrl() {
  const [params, setParams] = useSearchParams();
  const sorting: SortingState = useMemo(() => {
    const [id, dir] = (params.get('sort') ?? 'lastActivityAt:desc').split(':');
    return id ? [{ id, desc: dir === 'desc' }] : [];
  }, [params]);
  const columnFilters: ColumnFiltersState = useMemo(
    () => FILTER_PARAMS.flatMap((id) => (params.get(id) ? [{ id, value: params.get(id)! }] : [])),
    [params],
  );
  const globalFilter = params.get('q') ?? '';
  const update = (mutate: (next: URLSearchParams) => void) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        mutate(next);
        return next;
      },
      { replace: true },
    );
  return {
    sorting,
    columnFilters,
    globalFilter,
    setSorting: (updater: Updater<SortingState>) =>
      update((next) => {
        const [first] = resolve(updater, sorting);
        if (first) next.set('sort', `${first.id}:${first.desc ? 'desc' : 'asc'}`);
        else next.delete('sort');
      }),
    setFilter: (id: string, value: string) =>
      update((next) => (value ? next.set(id, value) : next.delete(id))),
    setGlobalFilter: (value: string) =>
      update((next) => (value ? next.set('q', value) : next.delete('q'))),
  };
}

/**
 * Search, filters and sort run over the rows first (candidate-search.ts, candidate-order.ts),
 * then the table is given only the rows in view, as a table fed page by page by a server
 * would be: it would otherwise rebuild a row object for each of 10,000 candidates at every
 * sort or filter.
 */
function useCandidatesInView(
  rows: CandidateSummary[],
  state: ReturnType<typeof useTableStateInUrl>,
) {
  const found = useMemo(
    () => searchCandidates(rows, state.globalFilter),
    [rows, state.globalFilter],
  );
  const filterKey = state.columnFilters.map((filter) => `${filter.id}=${filter.value}`).join('&');
  const matching = useMemo(
    () => filterCandidates(found, state.columnFilters),
    [found, filterKey], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const [sort] = state.sorting;
  return useMemo(
    () => sortCandidates(matching, sort && { id: sort.id, desc: sort.desc }),
    [matching, sort?.id, sort?.desc], // eslint-disable-line react-hooks/exhaustive-deps
  );
}

export function CandidateTable({ rows }: { rows: CandidateSummary[] }) {
  const state = useTableStateInUrl();
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(DEFAULT_HIDDEN_COLUMNS);
  const ordered = useCandidatesInView(rows, state);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [initialRect] = useState(() => ({ width: 1000, height: 640 }));

  const virtualizer = useVirtualizer({
    count: ordered.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect,
    // Before layout (or where there is none) the container measures 0 high: render a
    // screenful anyway rather than an empty list.
    observeElementRect: (instance, notify) =>
      observeElementRect(instance, (rect) => notify(rect.height > 0 ? rect : initialRect)),
    getItemKey: (index) => ordered[index]!.candidateId,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const inView = useMemo(
    () => ordered.slice(first, first + items.length),
    [ordered, first, items.length],
  );
  const table = useTable({
    features: candidateTableFeatures,
    columns: candidateColumns,
    data: inView,
    getRowId: (row) => row.candidateId,
    state: { sorting: state.sorting, columnVisibility },
    onSortingChange: state.setSorting,
    onColumnVisibilityChange: (updater) => setColumnVisibility(resolve(updater, columnVisibility)),
    enableSortingRemoval: false,
    sortDescFirst: false,
  });
  const rowsInView = table.getRowModel().rows;
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <>
      <CandidateFilters table={table} state={state} />
      <p role="status" className="muted" aria-live="polite">
        {ordered.length === rows.length
          ? `${rows.length} candidates`
          : `${ordered.length} of ${rows.length} candidates match`}
      </p>
      <div
        ref={scrollRef}
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Candidates, scrollable"
      >
        <table className="data-table candidates-table" aria-rowcount={ordered.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : undefined
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item, i) => {
              const row = rowsInView[i];
              if (!row) return null;
              return (
                <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                  {row.getVisibleCells().map((cell) =>
                    cell.column.id === 'name' ? (
                      <th key={cell.id} scope="row">
                        <table.FlexRender cell={cell} />
                      </th>
                    ) : (
                      <td key={cell.id}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true">
                <td
                  colSpan={columnCount}
                  style={{ height: paddingBottom, padding: 0, border: 0 }}
                />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
