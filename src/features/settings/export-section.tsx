import { useState } from 'react';
import { useDatabase } from '../../db/database-provider';
import { exportBundle, recordExport } from '../../db/bundle-repository';
import { dateStamp, downloadText } from '../../ui/download';

export function ExportSection() {
  const db = useDatabase();
  const [message, setMessage] = useState('');

  async function exportEverything() {
    const bundle = await exportBundle(db);
    downloadText(`archkit-bundle-${dateStamp()}.json`, JSON.stringify(bundle, null, 2));
    await recordExport(db, bundle.exportedAt);
    setMessage(
      `Exported ${bundle.candidates.length} candidates, ${bundle.scorecards.length} scorecards and ${bundle.rubricPacks.length} rubric packs.`,
    );
  }

  return (
    <section aria-labelledby="export-title" className="settings-section">
      <h2 id="export-title">Export everything</h2>
      <p>
        Saves one bundle file with every candidate, scorecard and rubric pack in this browser. Use
        it as a backup, to move to another laptop, or to send your scorecards to the hiring manager.
        The file contains personal data: keep it safe.
      </p>
      <button type="button" onClick={exportEverything}>
        Export everything
      </button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
