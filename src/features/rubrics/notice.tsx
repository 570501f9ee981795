/** A one-line confirmation passed in the navigation state (after a save or a delete). */
export function Notice({ state }: { state: unknown }) {
  const text =
    state && typeof state === 'object' && typeof (state as { notice?: unknown }).notice === 'string'
      ? (state as { notice: string }).notice
      : null;
  if (!text) return null;
  return (
    <p role="status" className="notice">
      {text}
    </p>
  );
}
