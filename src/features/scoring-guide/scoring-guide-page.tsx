export function ScoringGuidePage() {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">How scoring works</h1>
      <p>
        Each criterion is rated from level 1 (the engineer's answer) to level 4 (the architect's);
        the verdict is computed from the submitted scorecards.
      </p>
    </section>
  );
}
