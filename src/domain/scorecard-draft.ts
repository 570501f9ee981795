import type { ReviewedDocument } from './reviewed-document-schema';
import type { RubricModule } from './rubric-schema';
import {
  RECOMMENDATIONS,
  type Level,
  type Rating,
  type Recommendation,
  type Scorecard,
} from './scorecard-schema';
import { SKETCH_CAPTURE_FIELDS, type Sketch, type SketchDrawing } from './sketch-schema';

/** Everything of a scorecard that the form does not edit. */
export type ScorecardIdentity = Pick<
  Scorecard,
  | 'id'
  | 'candidateId'
  | 'interviewer'
  | 'packId'
  | 'packVersion'
  | 'moduleId'
  | 'status'
  | 'updatedAt'
> & { submittedAt?: string };

/** The interview form's values: one entry per criterion of the module, in rubric order. */
export type ScorecardFormValues = {
  ratings: { criterionId: string; level: '' | '1' | '2' | '3' | '4' | 'none'; evidence: string }[];
  flags: string[];
  notes: string;
  recommendation: '' | Recommendation;
  sketch: SketchFormValues;
  documents: ReviewedDocument[];
};

/**
 * The live-sketch capture. The drawing stays a JSON string inside the form so the form library
 * never walks thousands of canvas elements on each change.
 */
export type SketchFormValues = {
  scenarioId: string;
  components: string;
  dataFlows: string;
  risks: string;
  tradeOffs: string;
  clarifyingQuestions: string;
  drawingJson: string;
};

function sketchFormValues(sketch: Sketch | undefined): SketchFormValues {
  return {
    scenarioId: sketch?.scenarioId ?? '',
    components: sketch?.components ?? '',
    dataFlows: sketch?.dataFlows ?? '',
    risks: sketch?.risks ?? '',
    tradeOffs: sketch?.tradeOffs ?? '',
    clarifyingQuestions: sketch?.clarifyingQuestions ?? '',
    drawingJson: sketch?.drawing ? JSON.stringify(sketch.drawing) : '',
  };
}

function parseDrawing(json: string): SketchDrawing | undefined {
  if (json === '') return undefined;
  try {
    return JSON.parse(json) as SketchDrawing;
  } catch {
    return undefined;
  }
}

/** The sketch of the form, or undefined when nothing was picked, written or drawn. */
export function sketchFromFormValues(values: SketchFormValues | undefined): Sketch | undefined {
  if (!values) return undefined;
  const sketch: Sketch = {};
  if (values.scenarioId !== '') sketch.scenarioId = values.scenarioId;
  for (const field of SKETCH_CAPTURE_FIELDS)
    if (values[field] !== '') sketch[field] = values[field];
  const drawing = parseDrawing(values.drawingJson);
  if (drawing && drawing.elements.length > 0) sketch.drawing = drawing;
  return Object.keys(sketch).length > 0 ? sketch : undefined;
}

export function formValuesFromScorecard(
  module: RubricModule,
  card: Scorecard | null,
): ScorecardFormValues {
  return {
    ratings: module.criteria.map((criterion) => {
      const rating = card?.ratings[criterion.id];
      const level =
        rating === undefined ? '' : rating.level === null ? 'none' : (String(rating.level) as '1');
      return { criterionId: criterion.id, level, evidence: rating?.evidence ?? '' };
    }),
    flags: card?.flags.filter((id) => (module.flags ?? []).some((flag) => flag.id === id)) ?? [],
    notes: card?.notes ?? '',
    recommendation: card?.recommendation ?? '',
    sketch: sketchFormValues(card?.sketch),
    documents: card?.documents ? [...card.documents] : [],
  };
}

/**
 * The scorecard the form describes. A criterion left untouched is absent; evidence written
 * without a level is kept with level null ("not observed"), so no typed word is ever lost.
 */
export function scorecardFromFormValues(
  values: ScorecardFormValues,
  base: ScorecardIdentity,
): Scorecard {
  const ratings: Record<string, Rating> = {};
  for (const entry of values.ratings) {
    if (entry.level === '' && entry.evidence === '') continue;
    const level =
      entry.level === '' || entry.level === 'none' ? null : (Number(entry.level) as Level);
    ratings[entry.criterionId] = { level, evidence: entry.evidence };
  }
  const recommendation = (RECOMMENDATIONS as readonly string[]).includes(values.recommendation)
    ? (values.recommendation as Recommendation)
    : null;
  const card: Scorecard = {
    ...base,
    ratings,
    flags: [...values.flags],
    notes: values.notes,
    recommendation,
  };
  // Only modules that use them carry a sketch or documents, so other scorecards stay as before.
  const sketch = sketchFromFormValues(values.sketch);
  if (sketch) card.sketch = sketch;
  if (values.documents && values.documents.length > 0) card.documents = [...values.documents];
  return card;
}

/** Criteria without a level or an explicit "not observed": the submit dialog names them. */
export function unratedCriteria(values: ScorecardFormValues): string[] {
  return values.ratings.filter((entry) => entry.level === '').map((entry) => entry.criterionId);
}
