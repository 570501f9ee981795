import { useId } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { ScorecardFormValues } from '../../../domain/scorecard-draft';
import {
  SKETCH_CAPTURE_FIELDS,
  SKETCH_CAPTURE_LABELS,
  type SketchCaptureField,
} from '../../../domain/sketch-schema';

const HINTS: Record<SketchCaptureField, string> = {
  components: 'One per line: the component and what it owns.',
  dataFlows: 'One per line: from where, to where, carrying what.',
  risks: 'One per line.',
  tradeOffs: 'One per line: chosen over rejected, because…',
  clarifyingQuestions: 'One per line, in the order asked.',
};

/** What the candidate said, written beside the canvas; saved with the scorecard. */
export function SketchCapture({ register }: { register: UseFormRegister<ScorecardFormValues> }) {
  const id = useId();
  return (
    <section className="sketch-capture" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>What the candidate covered</h3>
      {SKETCH_CAPTURE_FIELDS.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`${id}-${field}`}>{SKETCH_CAPTURE_LABELS[field]}</label>
          <textarea
            id={`${id}-${field}`}
            rows={3}
            aria-describedby={`${id}-${field}-hint`}
            {...register(`sketch.${field}`)}
          />
          <p id={`${id}-${field}-hint`} className="hint">
            {HINTS[field]}
          </p>
        </div>
      ))}
    </section>
  );
}
