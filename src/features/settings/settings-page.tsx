import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import { RetentionSection } from './retention-section';
import { StorageSection } from './storage-section';
import './settings.css';

export function SettingsPage() {
  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings and data</h1>
      <p className="lede">
        Everything you enter in Archkit is stored only in this browser, on this device. Nothing is
        sent to any server. Data leaves the browser only when you export a file.
      </p>
      <StorageSection />
      <ExportSection />
      <ImportSection />
      <RetentionSection />
    </section>
  );
}
