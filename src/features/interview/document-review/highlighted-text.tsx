import type { ReactNode } from 'react';
import { elementDefinition } from '../../../domain/document-analysis-catalogue';
import type { MarkRange } from './reviewed-document';

/**
 * The document's text with the passages marked. Text nodes only: a candidate's document is
 * never parsed as HTML, whatever it contains.
 */
export function HighlightedText({
  text,
  ranges,
  label,
}: {
  text: string;
  ranges: readonly MarkRange[];
  label: string;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) parts.push(text.slice(at, range.start));
    const titles = range.elements.map((id) => elementDefinition(id).title).join(', ');
    parts.push(
      <mark key={range.start} title={titles} data-elements={range.elements.join(' ')}>
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    // Scrolls inside the page; focusable so a keyboard user can scroll it too.
    <div className="document-text" role="region" aria-label={label} tabIndex={0}>
      {parts}
    </div>
  );
}
