import { quadrantRegions, VERDICT_MARKS, VERDICT_SCATTER_GROUPS } from '../../domain/quadrants';
import type { ReportModel } from '../../domain/report-model';
import { formatScore, VERDICT_LABELS } from '../../domain/verdict';
import { QuadrantScatter, type ScatterGroup } from '../../ui/charts/quadrant-scatter';
import { ReportSection, type HeadingLevel } from './report-section';

const GROUPS: ScatterGroup[] = VERDICT_SCATTER_GROUPS;

/** Where the scores alone would place the candidate, before flags and evidence rules. */
function regionOf(report: ReportModel): string | null {
  const { policy, architectureScore: arch, engineeringScore: eng } = report;
  if (!policy || arch === null || eng === null) return null;
  const region = quadrantRegions(policy).regions.find(
    (r) =>
      eng >= r.x0 && (eng < r.x1 || r.x1 === 100) && arch >= r.y0 && (arch < r.y1 || r.y1 === 100),
  );
  return region ? VERDICT_LABELS[region.verdict] : null;
}

const show = (value: number | null) => (value === null ? 'unknown' : formatScore(value));

/** The candidate on the two axes, with the policy's thresholds as the quadrant lines. */
export function PositionSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const { policy, architectureScore: arch, engineeringScore: eng } = report;
  const placed = policy !== null && arch !== null && eng !== null;
  const region = regionOf(report);
  const quadrants = policy ? quadrantRegions(policy) : null;
  return (
    <ReportSection title="Position on the two axes" level={level} context={context}>
      {placed && quadrants ? (
        <QuadrantScatter
          title={`${report.candidateName} on the architecture and engineering axes`}
          description={`Architecture ${show(arch)}, engineering ${show(eng)}; in the ${region ?? 'unplaced'} region of the policy's thresholds. The table below gives the same figures.`}
          xLabel="Engineering score"
          yLabel="Architecture score"
          points={[
            {
              id: report.candidateId,
              x: eng,
              y: arch,
              group: report.verdict,
              label: `${report.candidateName}: architecture ${show(arch)}, engineering ${show(eng)}, ${VERDICT_LABELS[report.verdict]}`,
            },
          ]}
          highlightId={report.candidateId}
          groups={GROUPS.filter((g) => g.id === report.verdict)}
          regions={quadrants.regions.map((r) => ({
            ...r,
            label: VERDICT_LABELS[r.verdict],
            className: `scatter-tone-${VERDICT_MARKS[r.verdict].tone}`,
          }))}
          lines={[
            {
              axis: 'x',
              value: quadrants.lines.engineeringMin,
              label: `engineering ${formatScore(quadrants.lines.engineeringMin)}`,
            },
            {
              axis: 'y',
              value: quadrants.lines.architectMin,
              label: `architect ${formatScore(quadrants.lines.architectMin)}`,
            },
            {
              axis: 'y',
              value: quadrants.lines.mislabeledArchitectureMax,
              label: `mislabeled below ${formatScore(quadrants.lines.mislabeledArchitectureMax)}`,
            },
          ]}
        />
      ) : (
        <p>
          The candidate cannot be placed on the chart: the{' '}
          {arch === null && eng === null
            ? 'architecture and engineering scores are'
            : arch === null
              ? 'architecture score is'
              : 'engineering score is'}{' '}
          unknown.
        </p>
      )}
      <table className="data-table position-table">
        <caption>Scores against the thresholds of the verdict policy</caption>
        <thead>
          <tr>
            <th scope="col">Axis</th>
            <th scope="col">Score</th>
            <th scope="col">Thresholds</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Architecture</th>
            <td>{show(arch)}</td>
            <td>
              {policy
                ? `architect at ${formatScore(policy.architectMin)} or more; mislabeled engineer below ${formatScore(policy.mislabeledArchitectureMax)}`
                : '—'}
            </td>
          </tr>
          <tr>
            <th scope="row">Engineering</th>
            <td>{show(eng)}</td>
            <td>{policy ? `at least ${formatScore(policy.engineeringMin)}` : '—'}</td>
          </tr>
        </tbody>
      </table>
      {region && (
        <p>
          By the scores alone the candidate sits in the <strong>{region}</strong> region
          {region !== VERDICT_LABELS[report.verdict]
            ? `; the verdict is ${VERDICT_LABELS[report.verdict]} because of the rule given above.`
            : '.'}
        </p>
      )}
    </ReportSection>
  );
}
