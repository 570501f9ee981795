export function CandidatesPage() {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Candidates</h1>
      <p>
        No candidates yet. Adding and scoring candidates arrives in the next release; meanwhile,
        read the rubrics to prepare your interviews.
      </p>
    </section>
  );
}
