/**
 * Which of `count` pages a key is stored on: FNV-1a over its UTF-16 code units, so the same key
 * always lands on the same page, in every browser and every version of Archkit. The cached
 * list rows and the scorecards are both stored in pages (IndexedDB's cost is per record).
 */
export function pageOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}
