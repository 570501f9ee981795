import { shownVerdict, type CandidateSummary } from '../../domain/candidate-summary';
import { STATUS_LABELS } from '../../domain/candidate-status';
import { TRACK_LABELS } from '../../domain/candidate-labels';
import { VERDICT_LABELS } from '../../domain/verdict';

// Each row's text is lowercased once and kept while the row object lives (a new read makes
// new rows), so a keystroke over 10,000 candidates is one `includes` per row.
const searchTexts = new WeakMap<CandidateSummary, string>();

/** What a search looks in: the row's text as the list shows it (labels, not stored codes). */
export function searchTextOf(row: CandidateSummary): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    const verdict = shownVerdict(row);
    text = [
      row.name,
      row.claimedTitle,
      row.email,
      TRACK_LABELS[row.track],
      STATUS_LABELS[row.status],
      verdict === 'hidden' || verdict === 'none' ? '' : VERDICT_LABELS[verdict],
    ]
      .join('\n')
      .toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

/** The rows whose text contains the query, ignoring case and the query's outer spaces. */
export function searchCandidates(rows: CandidateSummary[], query: string): CandidateSummary[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return rows;
  return rows.filter((row) => searchTextOf(row).includes(needle));
}

/** The rows equal to every chosen filter (track, status, verdict as the viewer sees it). */
export function filterCandidates(
  rows: CandidateSummary[],
  filters: readonly { id: string; value: unknown }[],
): CandidateSummary[] {
  const wanted = filters.filter((filter) => filter.value !== '' && filter.value != null);
  if (wanted.length === 0) return rows;
  const valueOf = (row: CandidateSummary, id: string): string | undefined =>
    id === 'track'
      ? row.track
      : id === 'status'
        ? row.status
        : id === 'verdict'
          ? shownVerdict(row)
          : undefined;
  return rows.filter((row) => wanted.every((filter) => valueOf(row, filter.id) === filter.value));
}
