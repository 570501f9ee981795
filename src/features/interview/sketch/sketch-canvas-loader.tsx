import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { SketchCanvasProps } from './sketch-canvas';

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

// Fonts come from the app itself (copied into the build at this path), never from a CDN.
const SketchCanvas = lazy(() => {
  window.EXCALIDRAW_ASSET_PATH = '/excalidraw-assets/';
  return import('./sketch-canvas');
});

/**
 * React only catches render errors in a class component. When the canvas fails to load or
 * crashes, the written capture beside it keeps working.
 */
class CanvasBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed)
      return (
        <p role="alert" className="problem">
          The drawing canvas could not be loaded. Write the design in the boxes below; they are
          saved with your scorecard.
        </p>
      );
    return this.props.children;
  }
}

export function SketchCanvasLoader(props: SketchCanvasProps) {
  return (
    <CanvasBoundary>
      <Suspense fallback={<p className="muted">Loading the drawing canvas…</p>}>
        <SketchCanvas {...props} />
      </Suspense>
    </CanvasBoundary>
  );
}
