// The PDF and Word readers, loaded on first use inside the extraction worker. Both are big,
// so neither is in the app's main bundle; both run offline.
import type { Parsers, PdfLine } from './extract-text';
import { pdfLinesToText } from './extract-text';

async function docxToHtml(data: ArrayBuffer): Promise<string> {
  const mammoth = (await import('mammoth/mammoth.browser')).default;
  const result = await mammoth.convertToHtml({ arrayBuffer: data });
  return result.value;
}

type TextItem = { str: string; transform: number[]; height: number; hasEOL?: boolean };

async function pdfToText(data: ArrayBuffer): Promise<string> {
  // Already inside a worker: pdf.js runs its own worker code in this thread instead of
  // starting another (it looks for globalThis.pdfjsWorker, which this import sets).
  await import('pdfjs-dist/build/pdf.worker.mjs');
  const pdfjs = await import('pdfjs-dist');
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  }).promise;
  const pages: PdfLine[][] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const lines: PdfLine[] = [];
      let current: PdfLine | null = null;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as TextItem;
        const y = item.transform[5] ?? 0;
        if (current === null || Math.abs(current.y - y) > Math.max(2, item.height * 0.5)) {
          if (current) lines.push(current);
          current = { text: '', y, height: 0 };
        }
        current.text += item.str;
        if (item.str.trim() !== '') current.height = Math.max(current.height, item.height);
        if (item.hasEOL) {
          lines.push(current);
          current = null;
        }
      }
      if (current) lines.push(current);
      pages.push(lines);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return pdfLinesToText(pages);
}

export const browserParsers: Parsers = { docxToHtml, pdfToText };
