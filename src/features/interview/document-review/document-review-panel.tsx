import { useId, useMemo, useState } from 'react';
import { analyzeDocument, type DocumentAnalysis } from '../../../domain/document-analysis';
import { describeGaps } from '../../../domain/document-analysis-gaps';
import { suggestRatings } from '../../../domain/document-analysis-ratings';
import type { ReviewedDocument } from '../../../domain/reviewed-document-schema';
import type { RubricModule } from '../../../domain/rubric-schema';
import { DocumentResult } from './document-result';
import { extractFileText } from './extract-client';
import { ACCEPTED_EXTENSIONS } from './extract-text';
import { storedAsAnalysis, toReviewedDocument } from './reviewed-document';
import './document-review.css';

type Open = { text: string; analysis: DocumentAnalysis };

type Props = {
  module: RubricModule;
  documents: ReviewedDocument[];
  onDocumentsChange: (documents: ReviewedDocument[]) => void;
  /** Sets a criterion's level and evidence in the form: only when the interviewer clicks. */
  onApplySuggestion: (criterionId: string, level: 1 | 2 | 3 | 4, evidence: string) => void;
};

/**
 * The document-review assistant: reads the candidate's documents in this browser, shows what
 * each one covers, and suggests levels the interviewer can apply, change or ignore.
 */
export function DocumentReviewPanel({
  module,
  documents,
  onDocumentsChange,
  onApplySuggestion,
}: Props) {
  const base = useId();
  // Texts kept in the scorecard are analysed again, so their passages show after a reload.
  const [open, setOpen] = useState<Map<string, Open>>(() => {
    const initial = new Map<string, Open>();
    for (const doc of documents)
      if (doc.id && doc.text !== undefined)
        initial.set(doc.id, { text: doc.text, analysis: analyzeDocument(doc.text) });
    return initial;
  });
  const [keepText, setKeepText] = useState(() => documents.some((doc) => doc.text !== undefined));
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [pasted, setPasted] = useState('');
  const [applied, setApplied] = useState('');

  function add(entries: { name: string; text: string }[]) {
    const next = new Map(open);
    const added = entries.map(({ name, text }) => {
      const id = crypto.randomUUID();
      const analysis = analyzeDocument(text);
      next.set(id, { text, analysis });
      return toReviewedDocument(id, name, text, analysis, keepText);
    });
    setOpen(next);
    onDocumentsChange([...documents, ...added]);
  }

  async function openFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    setBusy(true);
    const read: { name: string; text: string }[] = [];
    const failed: string[] = [];
    for (const file of Array.from(files)) {
      try {
        const text = await extractFileText(file);
        if (text.trim() === '') failed.push(`${file.name} has no text Archkit can read.`);
        else read.push({ name: file.name, text });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        failed.push(
          reason.startsWith(file.name) ? reason : `${file.name} could not be read: ${reason}`,
        );
      }
    }
    setProblems(failed);
    if (read.length > 0) add(read);
    setBusy(false);
  }

  function changeKeep(keep: boolean) {
    setKeepText(keep);
    onDocumentsChange(
      documents.map((doc) => {
        const { text: _dropped, ...rest } = doc;
        const text = doc.id ? open.get(doc.id)?.text : undefined;
        return keep && text !== undefined ? { ...rest, text } : rest;
      }),
    );
  }

  function remove(index: number) {
    onDocumentsChange(documents.filter((_, i) => i !== index));
  }

  const analyses = useMemo(
    () =>
      documents.map(
        (doc) => (doc.id ? open.get(doc.id)?.analysis : undefined) ?? storedAsAnalysis(doc),
      ),
    [documents, open],
  );
  const gaps = analyses.length > 0 ? describeGaps(analyses) : [];
  const suggestions = analyses.length > 0 ? suggestRatings(analyses, module.criteria) : [];
  const titleOf = (id: string) => module.criteria.find((c) => c.id === id)?.title ?? id;

  return (
    <section className="document-review" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>Candidate&apos;s documents</h2>
      <p className="hint">
        Documents are read and analysed in this browser only; nothing is sent anywhere. The analysis
        suggests levels: nothing is scored until you apply a suggestion.
      </p>
      <div className="field">
        <label htmlFor={`${base}-files`}>
          Open the candidate&apos;s documents (.md, .txt, .html, .pdf, .docx)
        </label>
        <input
          id={`${base}-files`}
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS}
          aria-describedby={`${base}-formats`}
          disabled={busy}
          onChange={(event) => {
            void openFiles(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
        <p id={`${base}-formats`} className="hint">
          Markdown, text, HTML, PDF or Word (.docx) files.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${base}-paste`}>Or paste a document&apos;s text</label>
        <textarea
          id={`${base}-paste`}
          rows={4}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button
          type="button"
          className="secondary"
          disabled={pasted.trim() === ''}
          onClick={() => {
            add([{ name: `Pasted text ${documents.length + 1}`, text: pasted }]);
            setPasted('');
          }}
        >
          Analyse the pasted text
        </button>
      </div>
      <fieldset className="field keep-text">
        <legend>What to keep in the scorecard</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${base}-keep`}
            checked={!keepText}
            onChange={() => changeKeep(false)}
          />{' '}
          Only the analysis
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${base}-keep`}
            checked={keepText}
            onChange={() => changeKeep(true)}
          />{' '}
          The analysis and the documents&apos; text (it is the candidate&apos;s work)
        </label>
      </fieldset>
      <p role="status" className="muted">
        {busy ? 'Reading the documents…' : ''}
      </p>
      {problems.length > 0 && (
        <ul role="alert" className="problem">
          {problems.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}

      {documents.length > 0 && (
        <>
          <section className="document-summary" aria-labelledby={`${base}-gaps`}>
            <h3 id={`${base}-gaps`}>Gaps across the documents</h3>
            {gaps.length === 0 ? (
              <p>No gaps found.</p>
            ) : (
              <ul className="gaps">
                {gaps.map((gap) => (
                  <li key={gap.id} className={`gap gap-${gap.severity}`}>
                    {gap.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="document-summary" aria-labelledby={`${base}-suggest`}>
            <h3 id={`${base}-suggest`}>Suggested ratings</h3>
            <p className="hint">Check each one against the documents before you apply it.</p>
            <ul className="suggestions">
              {suggestions.map((s) => (
                <li key={s.criterionId}>
                  <strong>{titleOf(s.criterionId)}</strong>:{' '}
                  {s.level === null ? 'no suggestion' : `level ${s.level}`}. {s.reason}{' '}
                  {s.level !== null && (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Apply suggestion for ${titleOf(s.criterionId)}: level ${s.level}`}
                      onClick={() => {
                        onApplySuggestion(s.criterionId, s.level!, s.reason);
                        setApplied(
                          `Level ${s.level} and the reason set for ${titleOf(s.criterionId)}.`,
                        );
                      }}
                    >
                      Apply suggestion
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <p role="status" className="muted">
              {applied}
            </p>
          </section>
          <section aria-labelledby={`${base}-each`}>
            <h3 id={`${base}-each`}>Each document</h3>
            {documents.map((doc, index) => (
              <DocumentResult
                key={doc.id ?? `${index}-${doc.name}`}
                doc={doc}
                open={(doc.id && open.get(doc.id)) || null}
                onRemove={() => remove(index)}
              />
            ))}
          </section>
        </>
      )}
    </section>
  );
}
