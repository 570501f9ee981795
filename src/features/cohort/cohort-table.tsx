import { useId, useRef, useState } from 'react';
import { useTable, type ReactTable } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { CandidateSummary } from '../../domain/candidate-summary';
import { HIRING_TRACKS, TRACK_LABELS } from '../../domain/candidate-labels';
import { VERDICTS, VERDICT_LABELS } from '../../domain/verdict';
import { cohortColumns, cohortTableFeatures } from './cohort-columns';
import { MAX_COMPARED, type CohortUrlState } from './use-cohort-url-state';

const ROW_HEIGHT = 44;

export type CohortTable = ReactTable<typeof cohortTableFeatures, CandidateSummary>;

export function useCohortTable(rows: CandidateSummary[], state: CohortUrlState): CohortTable {
  return useTable({
    features: cohortTableFeatures,
    columns: cohortColumns,
    data: rows,
    getRowId: (row) => row.candidateId,
    state: {
      sorting: state.sorting,
      columnFilters: state.columnFilters,
      globalFilter: state.globalFilter,
    },
    onSortingChange: state.setSorting,
    globalFilterFn: 'includesString',
    enableSortingRemoval: false,
    sortDescFirst: false,
  });
}

function FilterSelect(props: {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <span className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">All</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function CohortFilters({ state }: { state: CohortUrlState }) {
  const searchId = useId();
  const filterValue = (id: string) =>
    String(state.columnFilters.find((f) => f.id === id)?.value ?? '');
  return (
    <div className="table-controls" role="search" aria-label="Filter the cohort">
      <span className="filter">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          value={state.globalFilter}
          placeholder="Name…"
          onChange={(e) => state.setGlobalFilter(e.target.value)}
        />
      </span>
      <FilterSelect
        label="Track"
        value={filterValue('track')}
        options={HIRING_TRACKS.map((t) => [t, TRACK_LABELS[t]] as const)}
        onChange={(value) => state.setFilter('track', value)}
      />
      <FilterSelect
        label="Verdict"
        value={filterValue('verdict')}
        options={VERDICTS.map((v) => [v, VERDICT_LABELS[v]] as const)}
        onChange={(value) => state.setFilter('verdict', value)}
      />
    </div>
  );
}

/** The cohort as a sortable table, virtualized so ten thousand rows scroll smoothly. */
export function CohortTableView({ table, state }: { table: CohortTable; state: CohortUrlState }) {
  const visibleRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [initialRect] = useState(() => ({ width: 1000, height: 560 }));
  const virtualizer = useVirtualizer({
    count: visibleRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect,
    observeElementRect: (instance, notify) =>
      observeElementRect(instance, (rect) => notify(rect.height > 0 ? rect : initialRect)),
    getItemKey: (index) => visibleRows[index]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const columnCount = table.getAllLeafColumns().length + 1;
  const compared = new Set(state.compared);
  const full = compared.size >= MAX_COMPARED;

  return (
    <div
      ref={scrollRef}
      className="table-scroll cohort-scroll"
      tabIndex={0}
      role="region"
      aria-label="Cohort table, scrollable"
    >
      <table className="data-table cohort-table" aria-rowcount={visibleRows.length + 1}>
        <caption className="visually-hidden">
          Every candidate with verdict, axis scores, track and dates; pick two to four to compare
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              <th scope="col">Compare</th>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
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
            const checked = compared.has(row.id);
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <td className="compare-cell">
                  <input
                    type="checkbox"
                    aria-label={`Compare ${row.original.name}`}
                    checked={checked}
                    disabled={!checked && full}
                    onChange={(e) => state.toggleCompared(row.id, e.target.checked)}
                  />
                </td>
                {row.getAllCells().map((cell) =>
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
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
