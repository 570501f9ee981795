import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { describeGaps } from '../../src/domain/document-analysis-gaps';
import { analyzeDocument, elementStatus } from '../../src/domain/document-analysis';
import {
  extractText,
  formatOf,
  htmlToText,
  pdfLinesToText,
  type Parsers,
} from '../../src/features/interview/document-review/extract-text';

const fixture = (name: string): ArrayBuffer => {
  const bytes = readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

// Node's mammoth reads the same OOXML as the browser build the worker loads.
const nodeParsers: Parsers = {
  docxToHtml: async (data) => (await mammoth.convertToHtml({ buffer: Buffer.from(data) })).value,
  pdfToText: () => Promise.reject(new Error('PDF is tested in Chromium (e2e)')),
};

describe('formatOf', () => {
  it('knows the five formats by extension, whatever the case', () => {
    expect(
      ['a.md', 'b.TXT', 'c.html', 'd.htm', 'e.PDF', 'f.docx', 'g.doc', 'h'].map(formatOf),
    ).toEqual(['markdown', 'text', 'html', 'html', 'pdf', 'docx', null, null]);
  });
});

describe('htmlToText', () => {
  it('keeps headings, list items, table cells and <pre> lines, and drops scripts and tags', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body>
      <h1>Design</h1><p>The <b>gateway</b>
      routes &amp; logs&nbsp;calls.</p><script>alert(1)</script>
      <h2>Failure modes</h2><ul><li>Provider down</li><li>Timeout &gt; 2s</li></ul>
      <table><tr><th>Item</th><th>Cost</th></tr><tr><td>LLM</td><td>$40</td></tr></table>
      <pre>[A] --> [B]
[B] --> [C]</pre><!-- hidden --><img src=x onerror="alert(2)"></body></html>`;
    expect(htmlToText(html)).toBe(
      [
        '# Design',
        '',
        'The gateway routes & logs calls.',
        '',
        '## Failure modes',
        '',
        '- Provider down',
        '- Timeout > 2s',
        '',
        'Item | Cost',
        'LLM | $40',
        '',
        '```',
        '[A] --> [B]',
        '[B] --> [C]',
        '```',
      ].join('\n'),
    );
  });
});

describe('pdfLinesToText', () => {
  it('turns large lines into headings and wide gaps into paragraphs', () => {
    const text = pdfLinesToText([
      [
        { text: 'Route Optimiser', y: 800, height: 22 },
        { text: 'Failure modes', y: 760, height: 16 },
        { text: 'The scorer may be late;', y: 740, height: 11 },
        { text: 'yesterday is used.', y: 727, height: 11 },
        { text: 'A second paragraph.', y: 700, height: 11 },
      ],
    ]);
    expect(text).toBe(
      '# Route Optimiser\n\n## Failure modes\n\nThe scorer may be late;\nyesterday is used.\n\nA second paragraph.',
    );
  });
});

describe('extractText', () => {
  it('reads Markdown as it is', async () => {
    const data = new TextEncoder().encode('# Title\r\n\r\n\r\n\r\nBody  \r\n').buffer;
    expect(await extractText('notes.md', data, nodeParsers)).toBe('# Title\n\nBody');
  });

  it('refuses other files with a plain message', async () => {
    await expect(extractText('design.doc', new ArrayBuffer(1), nodeParsers)).rejects.toThrow(
      'design.doc is not a document Archkit can read: open a .md, .txt, .html, .pdf or .docx file.',
    );
  });

  it('reads the DOCX fixture and the analysis finds what the Markdown original has', async () => {
    const text = await extractText(
      'docintel.docx',
      fixture('documents-binary/docintel.docx'),
      nodeParsers,
    );
    expect(text).toContain('## Components');
    expect(text).toContain('`POST /documents`'.replace(/`/g, ''));
    const fromDocx = analyzeDocument(text);
    const fromMarkdown = analyzeDocument(
      readFileSync(
        new URL('../fixtures/documents/arch-partial-no-failure-modes.md', import.meta.url),
        'utf8',
      ),
    );
    expect(fromDocx.kind).toBe('architecture-document');
    for (const id of ['component-responsibilities', 'data-flows', 'api-contracts'] as const)
      expect(elementStatus(fromDocx, id), id).toBe('present');
    expect(elementStatus(fromDocx, 'failure-modes')).toBe('absent');
    // Same verdict element by element as the original, within one step for a few.
    const same = fromDocx.elements.filter(
      (element) => element.status === elementStatus(fromMarkdown, element.id),
    );
    expect(same.length).toBeGreaterThanOrEqual(fromDocx.elements.length - 2);
    expect(describeGaps(fromDocx).map((gap) => gap.text)).toContain(
      'No failure-mode section: the document does not say what the system does when a model, provider or component fails.',
    );
  });
});
