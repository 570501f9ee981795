// Splits plain text (extracted from md, txt, html, pdf or docx) into headings, sections and
// passages, keeping character offsets into the original text so a UI can highlight them.

export type PassageKind = 'paragraph' | 'list-item' | 'table-row' | 'code';

export interface Heading {
  start: number;
  end: number;
  /** Heading text without Markdown marks or leading numbers. */
  title: string;
  level: number;
}

export interface Section {
  heading: Heading;
  /** Index of the heading in `headings`. */
  index: number;
  /** From the heading's start to the start of the next heading of the same or higher level. */
  start: number;
  end: number;
}

export interface Passage {
  start: number;
  end: number;
  text: string;
  kind: PassageKind;
  /** Index of the nearest heading above, or -1 before the first heading. */
  headingIndex: number;
  /** For a table row: the table's header row, so cues in column names count. */
  tableHeader?: string;
}

export interface SegmentedDocument {
  text: string;
  headings: Heading[];
  sections: Section[];
  passages: Passage[];
  wordCount: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const FENCE = /^\s*(```|~~~)/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;
const SETEXT = /^\s*(=+|-+)\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?[\s:|-]+\|[\s:|-]*$/;
const LIST_ITEM = /^\s*(?:[-*+•▪◦]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+|\d+(?:\.\d+)+\s+)/i;
const NUMBERED_HEADING = /^\s*((?:\d{1,2}\.)*\d{1,2})\.?\s+(\S.*)$/;
const SENTENCE_END = /[.,;!]\s*$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const raw = match[0];
    if (raw === '') break;
    const body = raw.replace(/(?:\r\n|\n|\r)$/, '');
    lines.push({ start: match.index, end: match.index + body.length, text: body });
    if (re.lastIndex >= text.length) break;
  }
  return lines;
}

const isBlank = (line: Line | undefined): boolean => !line || line.text.trim() === '';

/** Counts whitespace-separated tokens that hold a letter or digit; a loop, for long texts. */
function wordsOf(s: string): number {
  let count = 0;
  let inWord = false;
  let hasAlnum = false;
  for (let i = 0; i <= s.length; i += 1) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (space) {
      if (inWord && hasAlnum) count += 1;
      inWord = false;
      hasAlnum = false;
    } else {
      inWord = true;
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192)
        hasAlnum = true;
    }
  }
  return count;
}

function cleanTitle(raw: string): string {
  return raw
    .replace(/^\s*(?:\d{1,2}\.)*\d{1,2}\.?\s+/, '')
    .replace(/[*_`]/g, '')
    .replace(/:\s*$/, '')
    .trim();
}

/** A short standalone line that reads like a title: how headings survive PDF/DOCX extraction. */
function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 70) return false;
  if (SENTENCE_END.test(t)) return false;
  if (/:\s*\S/.test(t)) return false; // "Key: value" lines are metadata, not headings
  if (/\.\s+\p{Lu}/u.test(t)) return false; // two sentences
  if (/^[`$>|{[<(]/.test(t) || LIST_ITEM.test(t)) return false;
  if (/^(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s|\/\S/.test(t)) return false; // endpoints and paths
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  const words = wordsOf(t);
  if (t.endsWith(':')) return words <= 5;
  return words >= 1 && words <= 8;
}

function nextNonBlank(lines: Line[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i])) i += 1;
  return i;
}

interface Block {
  kind: PassageKind | 'heading';
  first: number;
  last: number;
  level?: number;
  title?: string;
}

function detectBlocks(lines: Line[]): Block[] {
  const mdHeadingCount = lines.filter((l) => MD_HEADING.test(l.text)).length;
  const markdownMode = mdHeadingCount >= 2;
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const t = line.text;
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    if (FENCE.test(t)) {
      const fence = FENCE.exec(t)![1]!;
      let j = i + 1;
      while (j < lines.length && !lines[j]!.text.trim().startsWith(fence)) j += 1;
      const last = Math.min(j, lines.length - 1);
      blocks.push({ kind: 'code', first: i, last });
      i = last + 1;
      continue;
    }
    const md = MD_HEADING.exec(t);
    if (md) {
      blocks.push({
        kind: 'heading',
        first: i,
        last: i,
        level: md[1]!.length,
        title: cleanTitle(md[2]!),
      });
      i += 1;
      continue;
    }
    const next = lines[i + 1];
    if (
      next &&
      SETEXT.test(next.text) &&
      !TABLE_ROW.test(t) &&
      wordsOf(t) <= 12 &&
      isBlank(lines[i - 1])
    ) {
      blocks.push({
        kind: 'heading',
        first: i,
        last: i + 1,
        level: next.text.trim().startsWith('=') ? 1 : 2,
        title: cleanTitle(t),
      });
      i += 2;
      continue;
    }
    if (TABLE_ROW.test(t)) {
      if (!TABLE_SEPARATOR.test(t)) blocks.push({ kind: 'table-row', first: i, last: i });
      i += 1;
      continue;
    }
    if (!markdownMode && isBlank(lines[i - 1])) {
      const heading = plainHeading(lines, i);
      if (heading) {
        blocks.push({ kind: 'heading', first: i, last: i, ...heading });
        i += 1;
        continue;
      }
    }
    if (LIST_ITEM.test(t)) {
      let j = i + 1;
      // Continuation lines: indented, not a new item, not blank.
      // Continuation lines (indented or lazy): not blank, not a new item or another block.
      while (
        j < lines.length &&
        !isBlank(lines[j]) &&
        !LIST_ITEM.test(lines[j]!.text) &&
        !FENCE.test(lines[j]!.text) &&
        !MD_HEADING.test(lines[j]!.text) &&
        !TABLE_ROW.test(lines[j]!.text)
      )
        j += 1;
      blocks.push({ kind: 'list-item', first: i, last: j - 1 });
      i = j;
      continue;
    }
    let j = i + 1;
    while (
      j < lines.length &&
      !isBlank(lines[j]) &&
      !FENCE.test(lines[j]!.text) &&
      !MD_HEADING.test(lines[j]!.text) &&
      !TABLE_ROW.test(lines[j]!.text) &&
      !(LIST_ITEM.test(lines[j]!.text) && !/^\s+/.test(lines[j]!.text))
    )
      j += 1;
    if (markdownMode) blocks.push({ kind: 'paragraph', first: i, last: j - 1 });
    else splitStatements(lines, i, j - 1, blocks);
    i = j;
  }
  return blocks;
}

/** Text extracted from PDF or DOCX often puts one statement per line with no blank lines:
 * split where a line ends a sentence and the next starts a new one. */
function splitStatements(lines: Line[], first: number, last: number, blocks: Block[]): void {
  let start = first;
  for (let k = first; k < last; k += 1) {
    const ends = /[.!?;:)]\s*$/.test(lines[k]!.text);
    const begins = /^\s*[\p{Lu}\d]/u.test(lines[k + 1]!.text);
    if (ends && begins) {
      blocks.push({ kind: 'paragraph', first: start, last: k });
      start = k + 1;
    }
  }
  blocks.push({ kind: 'paragraph', first: start, last });
}

function plainHeading(lines: Line[], i: number): { level: number; title: string } | null {
  const t = lines[i]!.text.trim();
  const after = nextNonBlank(lines, i + 1);
  if (after >= lines.length) return null;
  const numbered = NUMBERED_HEADING.exec(t);
  if (
    numbered &&
    wordsOf(numbered[2]!) <= 8 &&
    !SENTENCE_END.test(t) &&
    !/:\s*\S/.test(numbered[2]!)
  ) {
    const depth = numbered[1]!.split('.').length;
    // "1. Foo" directly followed by "2. Bar" is a list, not a heading.
    const nextLine = lines[i + 1];
    if (depth === 1 && nextLine && !isBlank(nextLine) && NUMBERED_HEADING.test(nextLine.text))
      return null;
    return { level: depth + 1, title: cleanTitle(t) };
  }
  if (!looksLikeTitle(t)) return null;
  const following = lines[after]!.text;
  if (MD_HEADING.test(following)) return null;
  const caps = t === t.toUpperCase() && /\p{Lu}{3}/u.test(t);
  return { level: caps ? 1 : 2, title: cleanTitle(t) };
}

export function segmentDocument(text: string): SegmentedDocument {
  const lines = splitLines(text);
  const blocks = detectBlocks(lines);
  const headings: Heading[] = [];
  const passages: Passage[] = [];
  let headingIndex = -1;
  let tableHeader: string | undefined;
  let previousWasRow = false;
  for (const block of blocks) {
    const start = lines[block.first]!.start;
    const end = lines[block.last]!.end;
    if (block.kind === 'heading') {
      const firstLine = lines[block.first]!;
      headings.push({
        start,
        end: firstLine.end,
        title: block.title ?? '',
        level: block.level ?? 2,
      });
      headingIndex = headings.length - 1;
      previousWasRow = false;
      continue;
    }
    const passageText = text.slice(start, end);
    if (block.kind === 'table-row') {
      const headerRow = previousWasRow ? tableHeader : passageText;
      if (!previousWasRow) tableHeader = passageText;
      previousWasRow = true;
      passages.push({
        start,
        end,
        text: passageText,
        kind: 'table-row',
        headingIndex,
        tableHeader: headerRow,
      });
      continue;
    }
    previousWasRow = false;
    passages.push({ start, end, text: passageText, kind: block.kind, headingIndex });
  }
  const sections: Section[] = headings.map((heading, index) => {
    let endOffset = text.length;
    for (let k = index + 1; k < headings.length; k += 1) {
      if (headings[k]!.level <= heading.level) {
        endOffset = headings[k]!.start;
        break;
      }
    }
    return { heading, index, start: heading.start, end: endOffset };
  });
  return { text, headings, sections, passages, wordCount: wordsOf(text) };
}

export { wordsOf };
