import { z } from 'zod';
import { idSchema, longTextSchema } from './common-schema';

// A drawing of a few hundred shapes is far below these bounds; they only stop a hostile
// bundle from exhausting memory.
export const MAX_SKETCH_ELEMENTS = 10_000;
export const MAX_SKETCH_SVG = 3_000_000;

/** What the interviewer writes beside the canvas, one text per item of the list. */
export const SKETCH_CAPTURE_FIELDS = [
  'components',
  'dataFlows',
  'risks',
  'tradeOffs',
  'clarifyingQuestions',
] as const;
export type SketchCaptureField = (typeof SKETCH_CAPTURE_FIELDS)[number];

export const SKETCH_CAPTURE_LABELS: Record<SketchCaptureField, string> = {
  components: 'Components',
  dataFlows: 'Data flows',
  risks: 'Main risks',
  tradeOffs: 'Trade-offs: chosen vs rejected, and why',
  clarifyingQuestions: 'Clarifying questions the candidate asked',
};

/** The canvas: its elements as the drawing library keeps them, and an SVG for the report. */
export const sketchDrawingSchema = z.looseObject({
  elements: z
    .array(z.looseObject({ id: z.string().max(200), type: z.string().max(100) }))
    .max(MAX_SKETCH_ELEMENTS),
  appState: z.looseObject({ viewBackgroundColor: z.string().max(100).optional() }).optional(),
  svg: z.string().max(MAX_SKETCH_SVG).optional(),
});
export type SketchDrawing = z.infer<typeof sketchDrawingSchema>;

/** The live-sketch part of a scorecard; an Archkit extension the bundle carries as extra. */
export const sketchSchema = z.looseObject({
  scenarioId: idSchema.nullable().optional(),
  components: longTextSchema.optional(),
  dataFlows: longTextSchema.optional(),
  risks: longTextSchema.optional(),
  tradeOffs: longTextSchema.optional(),
  clarifyingQuestions: longTextSchema.optional(),
  drawing: sketchDrawingSchema.optional(),
});
export type Sketch = z.infer<typeof sketchSchema>;
