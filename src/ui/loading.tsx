export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="muted">
      {label}…
    </p>
  );
}
