/**
 * Helpers the benchmark installs in the page (as plain JavaScript, so no bundler helper leaks
 * into `page.evaluate`). Each interaction is timed inside the page, from the event to the
 * frame after the DOM shows its result: no Playwright round trip in the figure.
 */
export const PAGE_PROBES = String.raw`
window.__bench = {
  /** Resolves once check() is true (checked on every DOM change), then after the next frame. */
  until(check, timeoutMs = 120000) {
    return new Promise((resolve, reject) => {
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(resolve, 0));
      };
      const observer = new MutationObserver(() => { if (check()) done(); });
      const timer = setTimeout(() => { observer.disconnect(); reject(new Error('timed out')); }, timeoutMs);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      if (check()) done();
    });
  },
  async time(act, check) {
    const started = performance.now();
    act();
    await window.__bench.until(check);
    return performance.now() - started;
  },
  /** Sets a controlled input's value the way typing does, so React sees the change. */
  type(input, value) {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
    setter.call(input, value);
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  },
  status() {
    return [...document.querySelectorAll('[role=status]')].map((node) => node.textContent).join(' ');
  },
  /**
   * getAll of the named stores of Archkit's database, in one transaction: the browser's floor.
   * Each result is read, as any use of the data must: Chromium builds the values only when
   * "result" is first read (unread, 10,000 rows "took" 5 to 20 ms; read, 45 to 65 ms).
   */
  rawRead(stores) {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('archkit');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const started = performance.now();
        const tx = open.result.transaction(stores, 'readonly');
        let records = 0;
        for (const name of stores) {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => { records += request.result.length; };
        }
        tx.oncomplete = () => {
          if (records === 0) return reject(new Error('the raw read found no records'));
          resolve(performance.now() - started);
          open.result.close();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  },
  /**
   * put() of every candidate and scorecard of a bundle file into a scratch database, the cards
   * in as many pages by candidate as the app keeps, as JSON text: its layout at the browser's
   * own speed, with no merging, no summaries and no index.
   */
  async rawWrite(file, pageCount) {
    const bundle = JSON.parse(await file.text());
    const pageOf = (key) => {
      let hash = 0x811c9dc5;
      for (let i = 0; i < key.length; i++) { hash ^= key.charCodeAt(i); hash = Math.imul(hash, 0x01000193); }
      return (hash >>> 0) % pageCount;
    };
    const pages = new Map();
    for (const card of bundle.scorecards) {
      const page = pageOf(card.candidateId);
      if (!pages.has(page)) pages.set(page, []);
      pages.get(page).push(card);
    }
    await new Promise((resolve) => { const r = indexedDB.deleteDatabase('bench-scratch'); r.onsuccess = r.onerror = resolve; });
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('bench-scratch', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('candidates', { keyPath: 'id' });
        open.result.createObjectStore('scorecardPages', { keyPath: 'page' });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['candidates', 'scorecardPages'], 'readwrite');
      for (const record of bundle.candidates) tx.objectStore('candidates').put(record);
      // The app's layout: each page's cards as JSON text, made here as the app must make it.
      for (const [page, cards] of pages) tx.objectStore('scorecardPages').put({ page, cardsJson: JSON.stringify(cards) });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - started;
    db.close();
    await new Promise((resolve) => { const r = indexedDB.deleteDatabase('bench-scratch'); r.onsuccess = r.onerror = resolve; });
    return ms;
  },
};
`;

type Probe = {
  until(check: () => boolean, timeoutMs?: number): Promise<void>;
  time(act: () => void, check: () => boolean): Promise<number>;
  type(input: HTMLInputElement | HTMLSelectElement, value: string): void;
  status(): string;
  rawRead(stores: string[]): Promise<number>;
  rawWrite(file: File, pageCount: number): Promise<number>;
};

declare global {
  interface Window {
    __bench: Probe;
  }
}
