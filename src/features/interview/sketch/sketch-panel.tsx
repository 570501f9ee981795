import { useId, useState } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { RubricModule } from '../../../domain/rubric-schema';
import type { ScorecardFormValues } from '../../../domain/scorecard-draft';
import type { SketchDrawing } from '../../../domain/sketch-schema';
import { SketchCanvasLoader } from '../../../ui/sketch/sketch-canvas-loader';
import { ScenarioPicker } from './scenario-picker';
import { SketchCapture } from './sketch-capture';
import './sketch.css';

type Props = {
  module: RubricModule;
  register: UseFormRegister<ScorecardFormValues>;
  scenarioId: string;
  onScenarioChange: (id: string) => void;
  /** The drawing saved with the scorecard, as the form holds it (JSON), '' for none. */
  initialDrawingJson: string;
  onDrawingChange: (json: string) => void;
};

function parse(json: string): SketchDrawing | null {
  if (json === '') return null;
  try {
    return JSON.parse(json) as SketchDrawing;
  } catch {
    return null;
  }
}

/** The live-sketch workspace: scenario, canvas and written capture, all in the scorecard. */
export function SketchPanel({
  module,
  register,
  scenarioId,
  onScenarioChange,
  initialDrawingJson,
  onDrawingChange,
}: Props) {
  const id = useId();
  // Read once: the canvas keeps its own state and reports changes.
  const [initial] = useState(() => parse(initialDrawingJson));
  return (
    <section className="sketch-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Live sketch</h2>
      {module.scenarios && module.scenarios.length > 0 && (
        <ScenarioPicker
          scenarios={module.scenarios}
          value={scenarioId}
          onChange={onScenarioChange}
        />
      )}
      <div className="sketch-workspace">
        <section className="sketch-drawing" aria-label="Drawing canvas">
          <h3>Drawing</h3>
          <SketchCanvasLoader
            initial={initial}
            unavailable="Write the design in the boxes below; they are saved with your scorecard."
            onDrawingChange={(drawing) => onDrawingChange(JSON.stringify(drawing))}
          />
        </section>
        <SketchCapture register={register} />
      </div>
    </section>
  );
}
