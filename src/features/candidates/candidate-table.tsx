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
import { searchCandidates } from './candidate-search';
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

export function CandidateTable({ rows }: { rows: CandidateSummary[] }) {
  const state = useTableStateInUrl();
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(DEFAULT_HIDDEN_COLUMNS);
  const found = useMemo(
    () => searchCandidates(rows, state.globalFilter),
    [rows, state.globalFilter],
  );
  const table = useTable({
    features: candidateTableFeatures,
    columns: candidateColumns,
    data: found,
    getRowId: (row) => row.candidateId,
    state: {
      sorting: state.sorting,
      columnFilters: state.columnFilters,
      columnVisibility,
    },
    onSortingChange: state.setSorting,
    onColumnVisibilityChange: (updater) => setColumnVisibility(resolve(updater, columnVisibility)),
    enableSortingRemoval: false,
    sortDescFirst: false,
  });

  const visibleRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [initialRect] = useState(() => ({ width: 1000, height: 640 }));

  const virtualizer = useVirtualizer({
    count: visibleRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect,
    // Before layout (or where there is none) the container measures 0 high: render a
    // screenful anyway rather than an empty list.
    observeElementRect: (instance, notify) =>
      observeElementRect(instance, (rect) => notify(rect.height > 0 ? rect : initialRect)),
    getItemKey: (index) => visibleRows[index]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <>
      <CandidateFilters table={table} state={state} />
      <p role="status" className="muted" aria-live="polite">
        {visibleRows.length === rows.length
          ? `${rows.length} candidates`
          : `${visibleRows.length} of ${rows.length} candidates match`}
      </p>
      <div
        ref={scrollRef}
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Candidates, scrollable"
      >
        <table className="data-table candidates-table" aria-rowcount={visibleRows.length + 1}>
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
            {items.map((item) => {
              const row = visibleRows[item.index]!;
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
