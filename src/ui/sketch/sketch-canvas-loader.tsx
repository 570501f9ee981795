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
 * crashes, the screen around it keeps working and says where to write instead.
 */
class CanvasBoundary extends Component<
  { children: ReactNode; unavailable: string },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed)
      return (
        <p role="alert" className="problem">
          The drawing canvas could not be loaded. {this.props.unavailable}
        </p>
      );
    return this.props.children;
  }
}

/** The canvas, loaded on demand; `unavailable` tells the user what to do if it cannot load. */
export function SketchCanvasLoader({
  unavailable,
  ...props
}: SketchCanvasProps & { unavailable: string }) {
  return (
    <CanvasBoundary unavailable={unavailable}>
      <Suspense fallback={<p className="muted">Loading the drawing canvas…</p>}>
        <SketchCanvas {...props} />
      </Suspense>
    </CanvasBoundary>
  );
}
