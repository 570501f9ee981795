export function CohortPage() {
  return (
    <section className="page" aria-labelledby="cohort-title">
      <h1 id="cohort-title">Cohort</h1>
    </section>
  );
}
