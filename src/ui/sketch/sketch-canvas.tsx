// The Excalidraw whiteboard. Only ever imported lazily (sketch-canvas-loader.tsx), so the
// library and its CSS load on the screens that draw (interview and self-assessment) alone.
import { Excalidraw, exportToSvg } from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useExcalidrawA11yPatches } from './excalidraw-a11y';
import './sketch-canvas.css';

type ExcalidrawProps = Parameters<typeof Excalidraw>[0];
type OnChange = NonNullable<ExcalidrawProps['onChange']>;
type Elements = Parameters<OnChange>[0];
type AppState = Parameters<OnChange>[1];
type Files = Parameters<OnChange>[2];

/**
 * What the canvas reports: its elements as the library keeps them and an SVG of them. Shared UI
 * imports no domain code, so this is the shape only; the domain's sketchDrawingSchema validates
 * it where it is stored.
 */
export type CanvasDrawing = {
  elements: { id: string; type: string; [key: string]: unknown }[];
  appState?: { viewBackgroundColor?: string };
  svg?: string;
};

export type SketchCanvasProps = {
  initial: CanvasDrawing | null;
  onDrawingChange: (drawing: CanvasDrawing) => void;
};

/** Changes to elements only (not scrolling or hovering): their count and versions. */
const signatureOf = (
  elements: readonly { id: string; version?: unknown; versionNonce?: unknown }[],
) =>
  `${elements.length}:${elements.reduce((sum, e) => sum + Number(e.version ?? 0), 0)}:${elements.reduce(
    (sum, e) => (sum + Number(e.versionNonce ?? 0)) % 2_147_483_647,
    0,
  )}`;

export default function SketchCanvas({ initial, onDrawingChange }: SketchCanvasProps) {
  const initialData = useMemo(
    () =>
      initial
        ? {
            elements: initial.elements as unknown as Elements,
            appState: { viewBackgroundColor: initial.appState?.viewBackgroundColor ?? '#ffffff' },
            scrollToContent: true,
          }
        : null,
    // The canvas owns its state after the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const signature = useRef(signatureOf(initial?.elements ?? []));
  const latest = useRef<{ elements: Elements; appState: AppState; files: Files } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const report = useRef(onDrawingChange);
  const container = useRef<HTMLDivElement>(null);
  useExcalidrawA11yPatches(container);
  useEffect(() => {
    report.current = onDrawingChange;
  });

  const save = useCallback(async () => {
    timer.current = null;
    const scene = latest.current;
    if (!scene) return;
    latest.current = null;
    const elements = scene.elements.filter((element) => !element.isDeleted);
    const background = scene.appState.viewBackgroundColor;
    let svg: string | undefined;
    try {
      const node = await exportToSvg({
        elements,
        appState: { ...scene.appState, exportBackground: true, viewBackgroundColor: background },
        files: scene.files,
        skipInliningFonts: true,
      });
      svg = node.outerHTML;
    } catch {
      // The elements are what matter; the report shows no picture for this version.
    }
    report.current({
      elements: JSON.parse(JSON.stringify(elements)) as CanvasDrawing['elements'],
      appState: { viewBackgroundColor: background },
      ...(svg ? { svg } : {}),
    });
  }, []);

  const onChange = useCallback<OnChange>(
    (elements, appState, files) => {
      const next = signatureOf(elements);
      if (next === signature.current) return;
      signature.current = next;
      latest.current = { elements, appState, files };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), 300);
    },
    [save],
  );

  useEffect(() => {
    // Leaving the screen or closing the tab saves the last strokes at once.
    const flush = () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        void save();
      }
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [save]);

  return (
    <div ref={container} className="sketch-canvas" data-testid="sketch-canvas">
      <Excalidraw
        initialData={initialData}
        onChange={onChange}
        UIOptions={{
          canvasActions: { loadScene: false, saveToActiveFile: false, export: false },
        }}
      />
    </div>
  );
}
