import { z } from 'zod';
import { idSchema, longTextSchema } from './common-schema';

// A drawing of a few hundred shapes is far below these bounds; they only stop a hostile
// bundle from exhausting memory.
export const MAX_SKETCH_ELEMENTS = 10_000;
export const MAX_SKETCH_SVG = 3_000_000;

export {
  SKETCH_CAPTURE_FIELDS,
  SKETCH_CAPTURE_LABELS,
  type SketchCaptureField,
} from './sketch-capture';

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
