// The main thread's side of the extraction worker: one worker, started on the first document.
import type { ExtractRequest, ExtractResponse } from './extract-worker';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void }>();

function startWorker(): Worker {
  const started = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<ExtractResponse>) => {
    const entry = waiting.get(event.data.id);
    if (!entry) return;
    waiting.delete(event.data.id);
    if ('text' in event.data) entry.resolve(event.data.text);
    else entry.reject(new Error(event.data.error));
  });
  started.addEventListener('error', () => {
    for (const entry of waiting.values())
      entry.reject(new Error('The document reader stopped. Reload the page and try again.'));
    waiting.clear();
    worker = null;
  });
  return started;
}

/** The text of a document file; in a worker when the browser has them. */
export async function extractFileText(file: File): Promise<string> {
  const data = await file.arrayBuffer();
  if (typeof Worker === 'undefined') {
    // No workers (tests in jsdom): read in this thread.
    const [{ extractText }, { browserParsers }] = await Promise.all([
      import('./extract-text'),
      import('./browser-parsers'),
    ]);
    return extractText(file.name, data, browserParsers);
  }
  worker ??= startWorker();
  const id = nextId++;
  const running = worker;
  return new Promise<string>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    running.postMessage({ id, name: file.name, data } satisfies ExtractRequest, [data]);
  });
}
