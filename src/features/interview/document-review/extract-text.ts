// Turns a candidate's document into the plain text the analyser reads. Pure: the parsers for
// PDF and Word files are passed in, so Node tests can use their own and the worker loads the
// browser builds only when such a file is opened. Headings become Markdown headings, which the
// analyser uses to find sections.

export const DOCUMENT_FORMATS = ['markdown', 'text', 'html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What the file input accepts. */
export const ACCEPTED_EXTENSIONS = '.md,.markdown,.txt,.text,.html,.htm,.pdf,.docx';

export interface Parsers {
  /** A .docx file as HTML (mammoth's convertToHtml). */
  docxToHtml: (data: ArrayBuffer) => Promise<string>;
  /** A PDF file as text, a blank line between paragraphs. */
  pdfToText: (data: ArrayBuffer) => Promise<string>;
}

export function formatOf(name: string): DocumentFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'txt':
    case 'text':
      return 'text';
    case 'html':
    case 'htm':
      return 'html';
    case 'pdf':
      return 'pdf';
    case 'docx':
      return 'docx';
    default:
      return null;
  }
}

export class UnsupportedDocumentError extends Error {}

export async function extractText(
  name: string,
  data: ArrayBuffer,
  parsers: Parsers,
): Promise<string> {
  const format = formatOf(name);
  switch (format) {
    case 'markdown':
    case 'text':
      return normaliseText(new TextDecoder('utf-8').decode(data));
    case 'html':
      return htmlToText(new TextDecoder('utf-8').decode(data));
    case 'docx':
      return htmlToText(await parsers.docxToHtml(data));
    case 'pdf':
      return normaliseText(await parsers.pdfToText(data));
    default:
      throw new UnsupportedDocumentError(
        `${name} is not a document Archkit can read: open a .md, .txt, .html, .pdf or .docx file.`,
      );
  }
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  rarr: '→',
  larr: '←',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X'
          ? Number.parseInt(code.slice(2), 16)
          : Number.parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * HTML to Markdown-like text with a tag stripper (a worker has no DOMParser): headings keep
 * their level as #, list items become "- ", table cells are joined by " | ", and scripts,
 * styles and comments are dropped. The text is only ever shown as text, never as HTML.
 */
export function htmlToText(html: string): string {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  // <pre> keeps its lines (diagrams drawn in text live there); elsewhere whitespace collapses.
  const parts = cleaned.split(/(<pre\b[^>]*>[\s\S]*?<\/pre\s*>)/i);
  const text = parts
    .map((part, index) =>
      index % 2 === 1
        ? `\n\n\`\`\`\n${decodeEntities(part.replace(/<[^>]*>/g, ''))
            .replace(/^\n+/, '')
            .trimEnd()}\n\`\`\`\n\n`
        : blocksToText(part),
    )
    .join('');
  return normaliseText(text);
}

function blocksToText(html: string): string {
  const text = html
    .replace(/\s+/g, ' ')
    .replace(/<h([1-6])\b[^>]*>/gi, (_, level: string) => `\n\n${'#'.repeat(Number(level))} `)
    .replace(/<\/h[1-6]\s*>/gi, '\n\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' | ')
    .replace(/<\/tr\s*>/gi, '\n')
    .replace(
      /<\/?(?:p|div|section|article|aside|ul|ol|dl|dt|dd|table|thead|tbody|blockquote|header|footer|main|nav|figure|figcaption|hr)\b[^>]*>/gi,
      '\n\n',
    )
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/ \| *(?=\n|$)/g, '')
    .replace(/\n[ \t]+/g, '\n');
}

/** Unix line ends, no trailing spaces, at most one blank line in a row. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface PdfLine {
  text: string;
  /** Baseline height from the bottom of the page, in PDF units. */
  y: number;
  /** Font height of the line's largest text. */
  height: number;
}

/**
 * A page's lines back to paragraphs: a gap wider than a line and a half starts a new paragraph,
 * and a line set clearly larger than the body text becomes a heading.
 */
export function pdfLinesToText(pages: readonly PdfLine[][]): string {
  const heights = new Map<number, number>();
  for (const page of pages)
    for (const line of page) {
      const key = Math.round(line.height);
      heights.set(key, (heights.get(key) ?? 0) + line.text.length);
    }
  const body = [...heights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const out: string[] = [];
  for (const page of pages) {
    let previous: PdfLine | null = null;
    let previousHeading: PdfLine | null = null;
    for (const line of page) {
      const text = line.text.trim();
      if (text === '') continue;
      const heading = body > 0 && line.height >= body * 1.2 && text.length < 120;
      if (heading) {
        // A long heading wraps onto a second line of the same size: one heading, not two.
        const wrapped =
          previousHeading !== null &&
          Math.abs(previousHeading.height - line.height) < 0.5 &&
          previousHeading.y - line.y < line.height * 1.6;
        if (wrapped) out[out.length - 1] = `${out[out.length - 1]!.trimEnd()} ${text}\n\n`;
        else out.push(`\n\n${line.height >= body * 1.6 ? '#' : '##'} ${text}\n\n`);
        previousHeading = line;
        previous = null;
        continue;
      }
      const gap = previous ? previous.y - line.y : Infinity;
      const newParagraph = !previous || gap > Math.max(line.height, body) * 1.6;
      out.push(`${newParagraph ? '\n\n' : '\n'}${text}`);
      previous = line;
      previousHeading = null;
    }
    out.push('\n\n');
  }
  return normaliseText(out.join(''));
}
