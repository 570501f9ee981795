import { useState } from 'react';
import {
  DELIVERABLES,
  elementDefinition,
  type ElementId,
} from '../../../domain/document-analysis-catalogue';
import type { DocumentAnalysis, ElementStatus } from '../../../domain/document-analysis';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../domain/document-analysis-kind';
import type { ReviewedDocument } from '../../../domain/reviewed-document-schema';
import { HighlightedText } from './highlighted-text';
import { markRanges } from './reviewed-document';

export const STATUS_LABELS: Record<ElementStatus, string> = {
  present: 'Present',
  partial: 'Partial',
  absent: 'Absent',
};

const kindLabel = (kind: string | undefined) =>
  DOCUMENT_KIND_LABELS[kind as DocumentKind] ?? 'Other document';

/** One document: its kind, every deliverable element with its status, and the passages. */
export function DocumentResult({
  doc,
  open,
  onRemove,
}: {
  doc: ReviewedDocument;
  /** The text and full analysis, when the document is open in this session or its text kept. */
  open: { text: string; analysis: DocumentAnalysis } | null;
  onRemove: () => void;
}) {
  const [only, setOnly] = useState<ElementId | null>(null);
  const statusOf = (id: ElementId): ElementStatus => doc.elements?.[id] ?? 'absent';
  return (
    <article className="reviewed-document" aria-label={`Document: ${doc.name}`}>
      <div className="reviewed-document-head">
        <h4>{doc.name}</h4>
        <button type="button" className="secondary" onClick={onRemove}>
          Remove {doc.name}
        </button>
      </div>
      <p className="muted">
        {kindLabel(doc.kind)} · {doc.wordCount ?? 0} words ·{' '}
        {doc.text !== undefined ? 'text kept' : 'only the analysis kept'}
      </p>
      <div className="deliverables">
        {DELIVERABLES.map((deliverable) => (
          <section
            key={deliverable.id}
            className="deliverable"
            aria-label={`${deliverable.title} in ${doc.name}`}
          >
            <h5>{deliverable.title}</h5>
            <ul>
              {deliverable.elements.map((id) => {
                const status = statusOf(id);
                const title = elementDefinition(id).title;
                return (
                  <li key={id} className={`element element-${status}`}>
                    <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>{' '}
                    {title}
                    {open && status !== 'absent' && (
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={only === id}
                        onClick={() => setOnly(only === id ? null : id)}
                      >
                        {only === id ? 'Show all passages' : `Show passages: ${title}`}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
      {open ? (
        <HighlightedText
          text={open.text}
          ranges={markRanges(open.analysis, only)}
          label={`Text of ${doc.name}, with the passages found highlighted`}
        />
      ) : (
        <p className="hint">
          Only the analysis of this document was kept. Open the file again to see its passages.
        </p>
      )}
    </article>
  );
}
