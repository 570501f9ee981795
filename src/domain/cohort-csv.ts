import type { CandidateSummary } from './candidate-summary';
import { STATUS_LABELS } from './candidate-status';
import { VERDICT_LABELS } from './verdict';

/**
 * A spreadsheet treats a cell starting with = + - @ (and tab or carriage return, which some
 * strip first) as a formula: a candidate named `=HYPERLINK(...)` would run on opening. A
 * leading apostrophe makes it text (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: formula-neutralised, then quoted when it holds , " CR or LF. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF between records and after the last. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const COHORT_CSV_HEADER = [
  'Name',
  'Claimed title',
  'Track',
  'Status',
  'Verdict',
  'Architecture score',
  'Engineering score',
  'Rubric pack',
  'Scorecards',
  'Added',
  'Last activity',
] as const;

const oneDecimal = (value: number | null) => (value === null ? null : value.toFixed(1));

/**
 * The cohort as CSV. Rows hidden from the viewer (they still have a scorecard to submit)
 * carry no verdict or scores, exactly as on screen. Tracks are written as their ids so a
 * spreadsheet can filter on them.
 */
export function cohortCsv(rows: readonly CandidateSummary[]): string {
  return toCsv([
    COHORT_CSV_HEADER,
    ...rows.map((row) => [
      row.name,
      row.claimedTitle,
      row.track,
      STATUS_LABELS[row.status],
      row.hiddenFromViewer
        ? 'Hidden until you submit'
        : row.verdict === null
          ? ''
          : VERDICT_LABELS[row.verdict],
      row.hiddenFromViewer ? null : oneDecimal(row.architectureScore),
      row.hiddenFromViewer ? null : oneDecimal(row.engineeringScore),
      row.packKey ?? '',
      row.scorecardCount,
      row.createdAt.slice(0, 10),
      row.lastActivityAt.slice(0, 10),
    ]),
  ]);
}
