// Reads documents off the main thread, so a large PDF never freezes the interview screen.
import { extractText } from './extract-text';
import { browserParsers } from './browser-parsers';

export type ExtractRequest = { id: number; name: string; data: ArrayBuffer };
export type ExtractResponse = { id: number; text: string } | { id: number; error: string };

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  const { id, name, data } = event.data;
  extractText(name, data, browserParsers).then(
    (text) => self.postMessage({ id, text } satisfies ExtractResponse),
    (error: unknown) =>
      self.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies ExtractResponse),
  );
});
