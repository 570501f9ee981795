/** Saves text as a file through the browser's own download; nothing is sent anywhere. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `2026-11-23` for file names. */
export function dateStamp(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
