// What the live-sketch capture asks for, apart from the sketch's zod schema: a screen that
// only shows the labels then loads no zod.

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
