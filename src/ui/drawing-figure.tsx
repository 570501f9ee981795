import type { ReactNode } from 'react';
import './drawing-figure.css';

/** The SVG as a data URL: shown through <img>, it never runs script, whatever it contains. */
function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** A stored drawing's SVG as an image, never as live markup. */
export function SvgImage({ svg, alt }: { svg: string; alt: string }) {
  return <img src={svgDataUrl(svg)} alt={alt} />;
}

/** The frame around a drawing in a report, with its caption and notes as children. */
export function DrawingFigure({ children }: { children: ReactNode }) {
  return <figure className="drawing-figure">{children}</figure>;
}
