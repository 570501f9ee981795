import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TRACK_LABELS } from '../../domain/candidate-labels';
import type { ReportModel } from '../../domain/report-model';
import { formatScore, VERDICT_LABELS } from '../../domain/verdict';
import { paths } from '../../ui/paths';
import { useComparedCandidates, type CohortData, type ComparedCandidate } from './use-cohort-data';
import { Loading } from '../../ui/loading';
import { MAX_COMPARED } from './use-cohort-url-state';

type Column = ComparedCandidate;

const show = (value: number | null) => (value === null ? '—' : formatScore(value));

/** Two to four candidates side by side: verdicts, axis and module scores, flags. */
export function CohortCompare({
  ids,
  data,
  onClear,
}: {
  ids: readonly string[];
  data: CohortData;
  onClear: () => void;
}) {
  const compared = useComparedCandidates(ids, data);
  if (compared === undefined) return <Loading label="Loading the comparison" />;
  return <Comparison columns={compared} onClear={onClear} />;
}

function Comparison({ columns, onClear }: { columns: Column[]; onClear: () => void }) {
  if (columns.length < 2) {
    return (
      <p>
        {columns.length === 0
          ? `Tick two to ${MAX_COMPARED} candidates in the table to compare them side by side.`
          : `Tick at least one more candidate to compare (two to ${MAX_COMPARED}).`}
      </p>
    );
  }

  // Modules in the order of the first report that has them; packs may differ.
  const modules: { id: string; title: string }[] = [];
  for (const { report } of columns)
    for (const m of report?.modules ?? [])
      if (!modules.some((x) => x.id === m.moduleId))
        modules.push({ id: m.moduleId, title: m.title });

  const cell = (column: Column, render: (report: ReportModel) => ReactNode) => {
    const key = column.row.candidateId;
    if (column.row.hiddenFromViewer)
      return (
        <td key={key} className="muted">
          hidden until you submit
        </td>
      );
    if (column.report === null)
      return (
        <td key={key} className="muted">
          no rubric pack
        </td>
      );
    return <td key={key}>{render(column.report)}</td>;
  };

  return (
    <>
      <div
        className="table-scroll compare-scroll"
        tabIndex={0}
        role="region"
        aria-label="Comparison, scrollable"
      >
        <table className="data-table compare-table">
          <caption className="visually-hidden">The chosen candidates side by side</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {columns.map(({ row }) => (
                <th key={row.candidateId} scope="col">
                  <Link to={paths.report(row.candidateId)}>{row.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Verdict</th>
              {columns.map((c) =>
                cell(c, (r) => (
                  <span className={`verdict-chip verdict-${r.verdict}`}>
                    {VERDICT_LABELS[r.verdict]}
                  </span>
                )),
              )}
            </tr>
            <tr>
              <th scope="row">Track</th>
              {columns.map((c) => (
                <td key={c.row.candidateId}>{TRACK_LABELS[c.row.track]}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Architecture score</th>
              {columns.map((c) => cell(c, (r) => show(r.architectureScore)))}
            </tr>
            <tr>
              <th scope="row">Engineering score</th>
              {columns.map((c) => cell(c, (r) => show(r.engineeringScore)))}
            </tr>
            {modules.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.title}</th>
                {columns.map((c) =>
                  cell(c, (r) => {
                    const result = r.modules.find((x) => x.moduleId === m.id);
                    if (!result) return 'not in this pack';
                    return result.score === null ? 'not scored' : formatScore(result.score);
                  }),
                )}
              </tr>
            ))}
            <tr>
              <th scope="row">Flags raised</th>
              {columns.map((c) =>
                cell(c, (r) =>
                  r.flagsRaised.length === 0 ? (
                    'none'
                  ) : (
                    <ul className="compact-list">
                      {r.flagsRaised.map((f) => (
                        <li key={f.flagId}>
                          {f.label}
                          {f.effect === 'gate' && <strong> (gate)</strong>}
                        </li>
                      ))}
                    </ul>
                  ),
                ),
              )}
            </tr>
            <tr>
              <th scope="row">Panel agreement (alpha)</th>
              {columns.map((c) =>
                cell(c, (r) => (r.agreement === null ? '—' : r.agreement.toFixed(2))),
              )}
            </tr>
          </tbody>
        </table>
      </div>
      <button type="button" className="secondary" onClick={onClear}>
        Clear the comparison
      </button>
    </>
  );
}
