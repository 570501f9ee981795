import { useId } from 'react';
import type { ReactTable } from '@tanstack/react-table';
import type { CandidateSummary } from '../../domain/candidate-summary';
import { CANDIDATE_STATUSES, STATUS_LABELS } from '../../domain/candidate-status';
import { HIRING_TRACKS, TRACK_LABELS } from '../../domain/candidate-labels';
import { VERDICTS, VERDICT_LABELS } from '../../domain/verdict';
import { HIDEABLE_COLUMNS, type candidateTableFeatures } from './candidate-columns';

type Props = {
  table: ReactTable<typeof candidateTableFeatures, CandidateSummary>;
  state: {
    columnFilters: { id: string; value: unknown }[];
    globalFilter: string;
    setFilter: (id: string, value: string) => void;
    setGlobalFilter: (value: string) => void;
  };
};

function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  const selectId = useId();
  return (
    <span className="filter">
      <label htmlFor={selectId}>{props.label}</label>
      <select
        id={selectId}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
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

export function CandidateFilters({ table, state }: Props) {
  const searchId = useId();
  const filterValue = (id: string) =>
    String(state.columnFilters.find((filter) => filter.id === id)?.value ?? '');
  return (
    <div className="table-controls" role="search" aria-label="Find candidates">
      <span className="filter">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          value={state.globalFilter}
          placeholder="Name, title, email…"
          onChange={(event) => state.setGlobalFilter(event.target.value)}
        />
      </span>
      <FilterSelect
        id="track"
        label="Track"
        value={filterValue('track')}
        options={HIRING_TRACKS.map((track) => [track, TRACK_LABELS[track]] as const)}
        onChange={(value) => state.setFilter('track', value)}
      />
      <FilterSelect
        id="status"
        label="Status"
        value={filterValue('status')}
        options={CANDIDATE_STATUSES.map((status) => [status, STATUS_LABELS[status]] as const)}
        onChange={(value) => state.setFilter('status', value)}
      />
      <FilterSelect
        id="verdict"
        label="Verdict"
        value={filterValue('verdict')}
        options={VERDICTS.map((verdict) => [verdict, VERDICT_LABELS[verdict]] as const)}
        onChange={(value) => state.setFilter('verdict', value)}
      />
      <details className="column-choice">
        <summary>Columns</summary>
        <fieldset>
          <legend>Columns to show</legend>
          {HIDEABLE_COLUMNS.map(([id, label]) => {
            const column = table.getColumn(id);
            if (!column) return null;
            return (
              <label key={id} className="checkbox">
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  onChange={(event) => column.toggleVisibility(event.target.checked)}
                />{' '}
                {label}
              </label>
            );
          })}
        </fieldset>
      </details>
    </div>
  );
}
