import { Link } from 'react-router';
import { cohortCsv } from '../../domain/cohort-csv';
import { dateStamp, downloadText } from '../../ui/download';
import { Loading } from '../../ui/loading';
import { paths } from '../../ui/paths';
import { CalibrationSection } from './calibration-section';
import { CohortCompare } from './cohort-compare';
import { CohortScatter } from './cohort-scatter';
import { CohortFilters, CohortTableView, useCohortTable } from './cohort-table';
import { useCohortData, type CohortData } from './use-cohort-data';
import { useCohortUrlState } from './use-cohort-url-state';
import './cohort.css';

export function CohortPage() {
  const data = useCohortData();
  return (
    <section className="page cohort-page" aria-labelledby="cohort-title">
      <h1 id="cohort-title">Cohort</h1>
      <p className="lede">
        Every candidate on the two axes: where the architects are, and who only claimed the title.
      </p>
      {data === undefined ? (
        <Loading label="Loading the cohort" />
      ) : data.rows.length === 0 ? (
        <p>
          No candidates yet. <Link to={paths.candidates}>Add a candidate or load the samples</Link>{' '}
          to see the cohort.
        </p>
      ) : (
        <Cohort data={data} />
      )}
    </section>
  );
}

function Cohort({ data }: { data: CohortData }) {
  const state = useCohortUrlState();
  const table = useCohortTable(data.rows, state);
  const shown = table.getRowModel().rows.map((row) => row.original);
  return (
    <>
      <CohortFilters state={state} />
      <div className="report-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadText(`archkit-cohort-${dateStamp()}.csv`, cohortCsv(shown), 'text/csv')
          }
        >
          Download CSV
        </button>
        <p role="status" className="muted" aria-live="polite">
          {shown.length === data.rows.length
            ? `${data.rows.length} candidates`
            : `${shown.length} of ${data.rows.length} candidates match`}
        </p>
      </div>
      <section aria-labelledby="scatter-title" className="cohort-section">
        <h2 id="scatter-title">Architecture against engineering</h2>
        <CohortScatter rows={shown} packs={data.packs} />
      </section>
      <section aria-labelledby="table-title" className="cohort-section">
        <h2 id="table-title">Candidates</h2>
        <CohortTableView table={table} state={state} />
      </section>
      <section aria-labelledby="compare-title" className="cohort-section">
        <h2 id="compare-title">Compare side by side</h2>
        <CohortCompare ids={state.compared} data={data} onClear={state.clearCompared} />
      </section>
      <CalibrationSection rows={data.calibration} />
    </>
  );
}
