/**
 * A verdict in a table cell: a chip with its label, "—" when there is none, and a plain note
 * when the viewer may not see it yet (`value` is then "hidden").
 */
export function VerdictCell({
  value,
  labels,
}: {
  value: string;
  labels: Readonly<Record<string, string>>;
}) {
  if (value === 'hidden') return <span className="muted">Hidden until you submit</span>;
  if (value === 'none') return <>—</>;
  return <span className={`verdict-chip verdict-${value}`}>{labels[value] ?? value}</span>;
}
