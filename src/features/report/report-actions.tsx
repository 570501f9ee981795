import { useState } from 'react';
import { reportsToMarkdown } from '../../domain/report-markdown';
import type { ReportModel } from '../../domain/report-model';
import { dateStamp, downloadText } from '../../ui/download';
import { fileSlug } from './candidate-bundle';
import type { ReportData } from './use-report-data';

/** Print, and the two files a report leaves the browser as. */
export function ReportActions({
  data,
  reports,
}: {
  data: Pick<ReportData, 'candidate' | 'bundleAt'>;
  reports: readonly ReportModel[];
}) {
  const [message, setMessage] = useState('');
  const slug = fileSlug(data.candidate.name);
  return (
    <div className="report-actions" role="group" aria-label="Print and export">
      <button type="button" onClick={() => window.print()}>
        Print / save as PDF
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          // Exactly the text `npm run report` prints for the downloaded bundle.
          downloadText(
            `archkit-report-${slug}-${dateStamp()}.md`,
            reportsToMarkdown(reports),
            'text/markdown',
          );
          setMessage('The Markdown report was saved to your downloads.');
        }}
      >
        Download Markdown
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          const bundle = data.bundleAt(new Date().toISOString());
          downloadText(
            `archkit-${slug}-${dateStamp()}.json`,
            `${JSON.stringify(bundle, null, 2)}\n`,
          );
          setMessage(
            'The candidate’s bundle (candidate, scorecards and rubric packs) was saved to your downloads.',
          );
        }}
      >
        Download bundle (JSON)
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
