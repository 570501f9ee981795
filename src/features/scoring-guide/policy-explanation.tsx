import type { RubricPack } from '../../domain/rubric-schema';
import { TRACKS } from '../../domain/tracks';
import { levelToScore } from '../../domain/scoring';

const TRACK_NAMES = {
  'full-time': 'Full-time',
  fractional: 'Fractional',
  project: 'Project',
  self: 'Self-assessment',
} as const;

const fmt = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The contract's verdict rules, spelled out with this pack's own thresholds and weights. */
export function PolicyExplanation({ pack }: { pack: RubricPack }) {
  const policy = pack.verdictPolicy;
  const moduleTitle = (id: string) => pack.modules.find((module) => module.id === id)?.title ?? id;
  const gateFlags = pack.modules.flatMap((module) =>
    (module.flags ?? []).filter((flag) => flag.effect === 'gate'),
  );
  const required = policy.requiredModules.map(moduleTitle);

  return (
    <>
      <h2>1. From levels to scores</h2>
      <p>
        Each criterion is rated on four anchored levels. Only <strong>submitted</strong> scorecards
        count; drafts never do. &ldquo;Not observed&rdquo; counts nowhere, neither as a low score
        nor in coverage. A criterion&apos;s level is the mean of the levels the panel gave it, and
        its score is (level − 1) ÷ 3 × 100:
      </p>
      <table className="data-table compact">
        <caption className="visually-hidden">Levels and their scores</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            {[1, 2, 3, 4].map((level) => (
              <th key={level} scope="col">
                {level}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Score</th>
            {[1, 2, 3, 4].map((level) => (
              <td key={level}>{fmt(levelToScore(level))}</td>
            ))}
          </tr>
        </tbody>
      </table>

      <h2>2. Module and axis scores</h2>
      <p>
        A module&apos;s score is the mean of its rated criteria, weighted by each criterion&apos;s
        weight. Every criterion also belongs to one of two axes: <strong>architecture</strong>{' '}
        (system-level design) or <strong>engineering</strong> (can they go one level down into the
        implementation). An axis score is the mean of its criteria&apos;s scores weighted by
        criterion weight × module weight. The module weights depend on the candidate&apos;s track:
      </p>
      <table className="data-table">
        <caption>
          Module weights by track in {pack.title} (version {pack.version})
        </caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            {TRACKS.map((track) => (
              <th key={track} scope="col">
                {TRACK_NAMES[track]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pack.modules.map((module) => (
            <tr key={module.id}>
              <th scope="row">{module.title}</th>
              {TRACKS.map((track) => (
                <td key={track}>{fmt(pack.trackWeights?.[track]?.[module.id] ?? module.weight)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>Criteria, their axis and weight</summary>
        <table className="data-table">
          <caption className="visually-hidden">Criteria of every module</caption>
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Criterion</th>
              <th scope="col">Axis</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {pack.modules.flatMap((module) =>
              module.criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <td>{module.title}</td>
                  <th scope="row">{criterion.title}</th>
                  <td>{criterion.signal}</td>
                  <td>{fmt(criterion.weight)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>

      <h2>3. The verdict: the first rule that applies</h2>
      <ol className="rules">
        <li>
          <strong>Insufficient evidence</strong> when fewer than {policy.minModules} module
          {policy.minModules === 1 ? ' is' : 's are'} scored
          {required.length > 0 && <>, or any of these is not scored: {required.join(', ')}</>}, or
          no architecture criterion is rated.
        </li>
        <li>
          <strong>A gate flag raised</strong> by any interviewer (
          {gateFlags.map((flag) => flag.label).join('; ') || 'this pack has none'}):{' '}
          <strong>mislabeled engineer</strong> when engineering is at least{' '}
          {fmt(policy.engineeringMin)}, otherwise <strong>not a fit</strong>. A gate flag always
          rules out &ldquo;architect&rdquo;.
        </li>
        <li>
          <strong>Architect</strong> when architecture is at least {fmt(policy.architectMin)} and
          engineering is at least {fmt(policy.engineeringMin)}.
        </li>
        <li>
          Architecture below {fmt(policy.mislabeledArchitectureMax)}:{' '}
          <strong>mislabeled engineer</strong> when engineering is at least{' '}
          {fmt(policy.engineeringMin)}, otherwise <strong>not a fit</strong>.
        </li>
        <li>
          Otherwise <strong>borderline</strong>: probe the weakest module again before deciding.
        </li>
      </ol>
      <p>
        A score equal to a threshold meets it. Scores are compared unrounded and shown to one
        decimal. Every verdict lists its reasons: the rule that decided, the scores and thresholds
        compared, the flags raised and by whom, and the weakest module.
      </p>

      <h2>4. Disagreement and agreement</h2>
      <p>
        A criterion whose levels differ by 2 or more between interviewers is listed for the debrief.
        The panel&apos;s overall agreement is Krippendorff&apos;s alpha for ordinal data: 0.8 or
        more is reliable, 0.667 or more tentative, and below that the panel should settle its
        disagreements before deciding.
      </p>
    </>
  );
}
