import { useId, type ReactNode } from 'react';
import './quadrant-scatter.css';

export type ScatterShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

export type ScatterPoint = {
  id: string;
  /** 0–100 on the horizontal axis. */
  x: number;
  /** 0–100 on the vertical axis. */
  y: number;
  /** What a tooltip says about the point, e.g. "Jane Doe: architecture 71.4, engineering 44.4". */
  label: string;
  group: string;
};

/** A kind of point: its own shape as well as its colour, so print and colour-blind readers can tell them apart. */
export type ScatterGroup = { id: string; label: string; shape: ScatterShape; className: string };

export type ScatterRegion = {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  label: string;
  className: string;
};

export type ScatterLine = { axis: 'x' | 'y'; value: number; label: string };

type Props = {
  /** Read by screen readers as the chart's name; the caller shows the same data as a table. */
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  points: readonly ScatterPoint[];
  groups: readonly ScatterGroup[];
  regions?: readonly ScatterRegion[];
  lines?: readonly ScatterLine[];
  /** Drawn larger and outlined: the candidate a report is about. */
  highlightId?: string;
  /**
   * Up to this many points each get their own element with a hover title; above it every
   * group is one path, so ten thousand points stay ten thousand path segments, not nodes.
   */
  individualLimit?: number;
};

const WIDTH = 560;
const HEIGHT = 440;
const M = { top: 16, right: 20, bottom: 52, left: 60 };
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;
const TICKS = [0, 25, 50, 75, 100];

const clamp = (v: number) => (v < 0 ? 0 : v > 100 ? 100 : v);
const sx = (v: number) => M.left + (clamp(v) / 100) * PLOT_W;
const sy = (v: number) => M.top + PLOT_H - (clamp(v) / 100) * PLOT_H;
const r2 = (v: number) => Math.round(v * 100) / 100;

/** One symbol as path commands, so many symbols can share one path element. */
export function symbolPath(shape: ScatterShape, cx: number, cy: number, r: number): string {
  const x = r2(cx);
  const y = r2(cy);
  switch (shape) {
    case 'circle':
      return `M${r2(cx - r)} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${r2(cx - s)} ${r2(cy - s)}h${r2(2 * s)}v${r2(2 * s)}h${r2(-2 * s)}Z`;
    }
    case 'triangle': {
      const h = r * 1.2;
      return `M${x} ${r2(cy - h)}L${r2(cx + h)} ${r2(cy + h * 0.8)}L${r2(cx - h)} ${r2(cy + h * 0.8)}Z`;
    }
    case 'diamond': {
      const d = r * 1.25;
      return `M${x} ${r2(cy - d)}L${r2(cx + d)} ${y}L${x} ${r2(cy + d)}L${r2(cx - d)} ${y}Z`;
    }
    case 'cross': {
      const a = r * 1.1;
      const t = r * 0.4;
      return (
        `M${r2(cx - t)} ${r2(cy - a)}h${r2(2 * t)}v${r2(a - t)}h${r2(a - t)}v${r2(2 * t)}` +
        `h${r2(t - a)}v${r2(a - t)}h${r2(-2 * t)}v${r2(t - a)}h${r2(t - a)}v${r2(-2 * t)}h${r2(a - t)}Z`
      );
    }
  }
}

/** A small inline swatch of a group's shape, for legends. */
export function ScatterSymbol({ group, size = 14 }: { group: ScatterGroup; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
      className="scatter-swatch"
    >
      <path className={`scatter-point ${group.className}`} d={symbolPath(group.shape, 7, 7, 5)} />
    </svg>
  );
}

/**
 * A scatter on a 0–100 × 0–100 plane with threshold lines and labelled regions, in plain
 * SVG (vector, so it prints sharply). It is one image to assistive technology, named by
 * `title` and `description`; the caller gives the points as a table beside it.
 */
export function QuadrantScatter(props: Props) {
  const { points, groups, regions = [], lines = [], highlightId, individualLimit = 400 } = props;
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const descId = `${baseId}-desc`;
  const radius = points.length > 2000 ? 2.5 : points.length > 200 ? 3.5 : 5;
  const individual = points.length <= individualLimit;
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const highlighted = highlightId ? points.find((p) => p.id === highlightId) : undefined;

  let marks: ReactNode;
  if (individual) {
    marks = points.map((p) => {
      const group = groupById.get(p.group);
      if (!group || p.id === highlightId) return null;
      return (
        <path
          key={p.id}
          className={`scatter-point ${group.className}`}
          d={symbolPath(group.shape, sx(p.x), sy(p.y), radius)}
        >
          <title>{p.label}</title>
        </path>
      );
    });
  } else {
    const paths = new Map<string, string[]>();
    for (const p of points) {
      const group = groupById.get(p.group);
      if (!group || p.id === highlightId) continue;
      let parts = paths.get(group.id);
      if (!parts) paths.set(group.id, (parts = []));
      parts.push(symbolPath(group.shape, sx(p.x), sy(p.y), radius));
    }
    marks = groups.map((group) => {
      const parts = paths.get(group.id);
      return parts ? (
        <path
          key={group.id}
          className={`scatter-point ${group.className}`}
          d={parts.join('')}
          data-count={parts.length}
        />
      ) : null;
    });
  }

  const highlightGroup = highlighted ? groupById.get(highlighted.group) : undefined;

  return (
    <figure className="quadrant-scatter">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        <g className="scatter-regions">
          {regions.map((region, i) => (
            <g key={i}>
              <rect
                className={`scatter-region ${region.className}`}
                x={sx(region.x0)}
                y={sy(region.y1)}
                width={sx(region.x1) - sx(region.x0)}
                height={sy(region.y0) - sy(region.y1)}
              />
              <text className="scatter-region-label" x={sx(region.x0) + 6} y={sy(region.y1) + 16}>
                {region.label}
              </text>
            </g>
          ))}
        </g>
        <g className="scatter-axes">
          {TICKS.map((t) => (
            <g key={t}>
              <line className="scatter-grid" x1={sx(t)} x2={sx(t)} y1={sy(0)} y2={sy(100)} />
              <line className="scatter-grid" x1={sx(0)} x2={sx(100)} y1={sy(t)} y2={sy(t)} />
              <text className="scatter-tick" x={sx(t)} y={sy(0) + 18} textAnchor="middle">
                {t}
              </text>
              <text className="scatter-tick" x={sx(0) - 8} y={sy(t) + 4} textAnchor="end">
                {t}
              </text>
            </g>
          ))}
          <rect className="scatter-frame" x={sx(0)} y={sy(100)} width={PLOT_W} height={PLOT_H} />
          <text
            className="scatter-axis-label"
            x={M.left + PLOT_W / 2}
            y={HEIGHT - 10}
            textAnchor="middle"
          >
            {props.xLabel}
          </text>
          <text
            className="scatter-axis-label"
            transform={`translate(16 ${M.top + PLOT_H / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {props.yLabel}
          </text>
        </g>
        <g className="scatter-lines">
          {lines.map((line, i) =>
            line.axis === 'x' ? (
              <g key={i}>
                <line
                  className="scatter-threshold"
                  x1={sx(line.value)}
                  x2={sx(line.value)}
                  y1={sy(0)}
                  y2={sy(100)}
                />
                <text className="scatter-threshold-label" x={sx(line.value) + 4} y={sy(0) - 6}>
                  {line.label}
                </text>
              </g>
            ) : (
              <g key={i}>
                <line
                  className="scatter-threshold"
                  x1={sx(0)}
                  x2={sx(100)}
                  y1={sy(line.value)}
                  y2={sy(line.value)}
                />
                <text
                  className="scatter-threshold-label"
                  x={sx(100) - 4}
                  y={sy(line.value) - 4}
                  textAnchor="end"
                >
                  {line.label}
                </text>
              </g>
            ),
          )}
        </g>
        <g className="scatter-points">{marks}</g>
        {highlighted && highlightGroup && (
          <path
            className={`scatter-point scatter-highlight ${highlightGroup.className}`}
            d={symbolPath(highlightGroup.shape, sx(highlighted.x), sy(highlighted.y), 8)}
          >
            <title>{highlighted.label}</title>
          </path>
        )}
      </svg>
      <figcaption>
        <ul className="scatter-legend" aria-label="Legend">
          {groups.map((group) => (
            <li key={group.id}>
              <ScatterSymbol group={group} /> {group.label}
            </li>
          ))}
          {lines.length > 0 && (
            <li>
              <svg width="22" height="10" aria-hidden="true" focusable="false">
                <line className="scatter-threshold" x1="0" x2="22" y1="5" y2="5" />
              </svg>{' '}
              Threshold of the verdict policy
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
