import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { seedShippedPacks } from '../../src/db/seed';
import { SHIPPED_PACKS } from '../../src/db/shipped-packs';
import { loadSelfAssessment } from '../../src/db/self-assessment-repository';
import type { SketchCanvasProps } from '../../src/ui/sketch/sketch-canvas';

// jsdom cannot run the drawing library (the real canvas is drawn on in Chromium, in
// test/e2e/journey-5-prepare.spec.ts). This stand-in shows what it was given and "draws" a
// box the way the real canvas reports one: its elements and an SVG of them.
vi.mock('../../src/ui/sketch/sketch-canvas', () => ({
  default: ({ initial, onDrawingChange }: SketchCanvasProps) => (
    <div>
      <p>Shapes on the canvas: {initial?.elements.length ?? 0}</p>
      <button
        type="button"
        onClick={() =>
          onDrawingChange({
            elements: [{ id: 'box-1', type: 'rectangle' }],
            svg: '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__practiceXss = 1</script><rect width="4" height="4"/></svg>',
          })
        }
      >
        Draw a box
      </button>
      <button
        type="button"
        onClick={() =>
          onDrawingChange({
            // One more shape than a stored drawing may have (MAX_SKETCH_ELEMENTS).
            elements: Array.from({ length: 10_001 }, (_, i) => ({
              id: `b${i}`,
              type: 'rectangle',
            })),
          })
        }
      >
        Draw too much
      </button>
    </div>
  ),
}));

let db: ArchkitDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedShippedPacks(db, SHIPPED_PACKS);
});
afterEach(async () => {
  await db.delete();
});

describe('self-assessment', () => {
  it('autosaves answers and self-ratings, apart from the candidates', async () => {
    const user = userEvent.setup();
    renderApp(db, '/self-assessment');
    await user.type(await screen.findByLabelText('Your answer to prompt 1'), 'A retry storm');
    const criterion = screen.getByRole('group', { name: /Fallback designed/i });
    await user.click(within(criterion).getByRole('radio', { name: /^Level 2:/ }));
    expect(await screen.findByText('Saved in this browser.')).toBeInTheDocument();
    await waitFor(async () => {
      const saved = await loadSelfAssessment(db);
      expect(saved?.answers['failure-mode#0']).toBe('A retry storm');
      expect(saved?.ratings['fm-designed-fallback']?.level).toBe(2);
    });
    expect(await db.candidates.count()).toBe(0);
  });

  it('reads a readiness report with the three things to practise first', async () => {
    const user = userEvent.setup();
    renderApp(db, '/self-assessment');
    const rate = async (name: RegExp, level: number) =>
      user.click(
        within(await screen.findByRole('group', { name })).getByRole('radio', {
          name: new RegExp(`^Level ${level}:`),
        }),
      );
    await rate(/Fallback designed/i, 2); // impact 4
    await rate(/Specificity of the failure/i, 1); // impact 3
    await rate(/Blast radius/i, 3); // impact 1
    await rate(/AI-specific failure/i, 2); // weight 1.5: impact 3
    await user.click(screen.getByRole('link', { name: 'Readiness report' }));
    const first = await screen.findByRole('list', { name: 'Practise first' });
    const items = within(first).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/fallback/i);
    expect(items[1]).toHaveTextContent(/specific/i);
    expect(screen.getByText('Insufficient evidence')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export as Markdown' })).toBeInTheDocument();
  });

  it('keeps the practice drawing on the live-sketch step and shows it as an image in the report', async () => {
    const user = userEvent.setup();
    const first = renderApp(db, '/self-assessment?step=live-sketch');
    const canvas = await screen.findByRole('region', { name: 'Drawing canvas' });
    expect(await within(canvas).findByText('Shapes on the canvas: 0')).toBeInTheDocument();
    await user.click(within(canvas).getByRole('button', { name: 'Draw a box' }));
    await user.type(screen.getByLabelText('Sketch notes'), 'Gateway, retriever');
    await waitFor(async () => {
      const saved = await loadSelfAssessment(db);
      expect(saved?.sketchDrawings?.['live-sketch']?.elements).toHaveLength(1);
      expect(saved?.sketchNotes['live-sketch']).toBe('Gateway, retriever');
    });
    first.unmount();

    // Opened again, as after a reload: the canvas starts from the saved drawing.
    renderApp(db, '/self-assessment?step=live-sketch');
    const reopened = await screen.findByRole('region', { name: 'Drawing canvas' });
    expect(await within(reopened).findByText('Shapes on the canvas: 1')).toBeInTheDocument();
    expect(screen.getByLabelText('Sketch notes')).toHaveValue('Gateway, retriever');

    await user.click(screen.getByRole('link', { name: 'Readiness report' }));
    const sketches = await screen.findByRole('region', { name: 'Your practice sketches' });
    const image = within(sketches).getByRole('img', {
      name: /^Your practice sketch for Live sketch/,
    });
    expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(atob(image.getAttribute('src')!.split(',')[1]!)).toContain('<rect');
    expect(within(sketches).getByText('Gateway, retriever')).toBeInTheDocument();
    expect(sketches.querySelector('script')).toBeNull();
    expect((window as { __practiceXss?: number }).__practiceXss).toBeUndefined();
  });

  it('saves the rest and says so when a practice drawing is too large to keep', async () => {
    const user = userEvent.setup();
    renderApp(db, '/self-assessment?step=live-sketch');
    const canvas = await screen.findByRole('region', { name: 'Drawing canvas' });
    await user.type(screen.getByLabelText('Your answer to prompt 1'), 'Start from the users');
    await user.click(within(canvas).getByRole('button', { name: 'Draw too much' }));
    await user.type(screen.getByLabelText('Sketch notes'), 'Gateway');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/drawing for Live sketch.* is too large to keep/);
    expect(alert).toHaveTextContent('Everything else is saved');
    await waitFor(async () => {
      const saved = await loadSelfAssessment(db);
      expect(saved?.answers['live-sketch#0']).toBe('Start from the users');
      expect(saved?.sketchNotes['live-sketch']).toBe('Gateway');
      expect(saved?.sketchDrawings?.['live-sketch']).toBeUndefined();
    });
    expect(screen.getByText('Saved in this browser.')).toBeInTheDocument();

    // A drawing that fits is saved again, and the warning goes.
    await user.click(within(canvas).getByRole('button', { name: 'Draw a box' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await loadSelfAssessment(db))?.sketchDrawings?.['live-sketch']?.elements).toHaveLength(
      1,
    );
  });

  it('remembers the scenario chosen for sketch practice', async () => {
    const user = userEvent.setup();
    const first = renderApp(db, '/self-assessment?step=live-sketch');
    const scenario = await screen.findByRole('combobox', { name: 'Scenario' });
    await user.selectOptions(scenario, 'RAG over 40,000 internal research documents');
    await waitFor(async () =>
      expect((await loadSelfAssessment(db))?.sketchScenarios?.['live-sketch']).toBe(
        'ls-scenario-research-rag',
      ),
    );
    first.unmount();

    renderApp(db, '/self-assessment?step=live-sketch');
    expect(await screen.findByRole('combobox', { name: 'Scenario' })).toHaveDisplayValue(
      'RAG over 40,000 internal research documents',
    );
  });

  it('shows no practice sketches in the report when nothing was drawn', async () => {
    renderApp(db, '/self-assessment?step=readiness');
    expect(await screen.findByRole('heading', { name: 'Readiness report' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your practice sketches' })).toBeNull();
  });
});
