export function SelfAssessmentPage() {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Self-assessment</h1>
      <p>
        Preparing for an interview? Read the rubrics: each criterion shows what a level-4
        (architect) answer sounds like. A private self-assessment space arrives soon.
      </p>
    </section>
  );
}
