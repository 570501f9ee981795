export function ReportPage() {
  return (
    <section className="page" aria-labelledby="report-title">
      <h1 id="report-title">Hiring report</h1>
    </section>
  );
}
