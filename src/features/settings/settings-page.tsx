export function SettingsPage() {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Settings</h1>
      <p>Your data is stored only in this browser. Import and export arrive soon.</p>
    </section>
  );
}
