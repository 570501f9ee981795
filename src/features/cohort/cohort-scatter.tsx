import type { CandidateSummary } from '../../domain/candidate-summary';
import { quadrantRegions, VERDICT_MARKS, VERDICT_SCATTER_GROUPS } from '../../domain/quadrants';
import type { RubricPack } from '../../domain/rubric-schema';
import { formatScore, VERDICT_LABELS, VERDICTS } from '../../domain/verdict';
import {
  QuadrantScatter,
  type ScatterGroup,
  type ScatterPoint,
} from '../../ui/charts/quadrant-scatter';

const GROUPS: ScatterGroup[] = VERDICT_SCATTER_GROUPS;

/** The pack most of the shown candidates are scored against: its thresholds draw the lines. */
function commonPack(
  rows: readonly CandidateSummary[],
  packs: ReadonlyMap<string, RubricPack>,
): RubricPack | null {
  const counts = new Map<string, number>();
  for (const row of rows)
    if (row.packKey) counts.set(row.packKey, (counts.get(row.packKey) ?? 0) + 1);
  let best: string | null = null;
  for (const [key, n] of counts) if (best === null || n > counts.get(best)!) best = key;
  return best ? (packs.get(best) ?? null) : null;
}

/**
 * Every shown candidate on the two axes. Drawn as one path per verdict beyond a few hundred
 * points, so a year of hiring stays a handful of SVG nodes; the cohort table beside it is
 * the text equivalent, point for point.
 */
export function CohortScatter({
  rows,
  packs,
}: {
  rows: readonly CandidateSummary[];
  packs: ReadonlyMap<string, RubricPack>;
}) {
  const points: ScatterPoint[] = [];
  let unplaced = 0;
  for (const row of rows) {
    if (
      row.hiddenFromViewer ||
      row.verdict === null ||
      row.architectureScore === null ||
      row.engineeringScore === null
    ) {
      unplaced += 1;
      continue;
    }
    points.push({
      id: row.candidateId,
      x: row.engineeringScore,
      y: row.architectureScore,
      group: row.verdict,
      label: `${row.name}: ${VERDICT_LABELS[row.verdict]}, architecture ${formatScore(row.architectureScore)}, engineering ${formatScore(row.engineeringScore)}`,
    });
  }
  const pack = commonPack(rows, packs);
  const quadrants = pack ? quadrantRegions(pack.verdictPolicy) : null;
  const mixed = new Set(rows.map((r) => r.packKey).filter(Boolean)).size > 1;
  const counts = VERDICTS.map(
    (v) => [v, points.filter((p) => p.group === v).length] as const,
  ).filter(([, n]) => n > 0);

  return (
    <>
      <QuadrantScatter
        title={`${points.length} ${points.length === 1 ? 'candidate' : 'candidates'} on the architecture and engineering axes`}
        description={`${counts.map(([v, n]) => `${n} ${VERDICT_LABELS[v].toLowerCase()}`).join(', ') || 'No candidate placed'}. The cohort table lists every candidate with the same scores.`}
        xLabel="Engineering score"
        yLabel="Architecture score"
        points={points}
        groups={GROUPS}
        regions={
          quadrants?.regions.map((r) => ({
            ...r,
            label: VERDICT_LABELS[r.verdict],
            className: `scatter-tone-${VERDICT_MARKS[r.verdict].tone}`,
          })) ?? []
        }
        lines={
          quadrants
            ? [
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
              ]
            : []
        }
      />
      <p className="muted">
        {points.length} of {rows.length} shown candidates placed
        {unplaced > 0 && `; ${unplaced} not placed (a score unknown or hidden until you submit)`}.
        {pack && ` Lines: the thresholds of ${pack.title}, version ${pack.version}.`}
        {mixed &&
          ' Candidates scored against other pack versions are marked by their own verdict, which used that pack’s thresholds.'}
      </p>
    </>
  );
}
