import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import type { ReportModel } from '../../domain/report-model';
import { SKETCH_CAPTURE_FIELDS, SKETCH_CAPTURE_LABELS } from '../../domain/sketch-capture';
import { DrawingFigure, SvgImage } from '../../ui/drawing-figure';
import { ReportSection, type HeadingLevel } from './report-section';
import { listScorecardsOfCandidate } from '../../db/scorecard-repository';

/** The live sketches of the submitted scorecards: the drawing and what was written beside it. */
export function SketchSection(props: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const db = useDatabase();
  const { report } = props;
  const sketches = useLiveQuery(async () => {
    const cards = (await listScorecardsOfCandidate(db, report.candidateId)).filter(
      (card) =>
        card.status === 'submitted' &&
        card.packId === report.packId &&
        card.packVersion === report.packVersion &&
        card.sketch !== undefined,
    );
    if (cards.length === 0) return [];
    // zod checks each stored sketch: loaded only for a report that has one, after the reads,
    // so the rest of the report shows without it.
    const { sketchSchema } = await import('../../domain/sketch-schema');
    return cards
      .flatMap((card) => {
        const parsed = sketchSchema.safeParse(card.sketch);
        return parsed.success
          ? [{ interviewer: card.interviewer, id: card.id, sketch: parsed.data }]
          : [];
      })
      .sort((a, b) => a.interviewer.localeCompare(b.interviewer));
  }, [db, report.candidateId, report.packId, report.packVersion]);
  if (!sketches || sketches.length === 0) return null;

  return (
    <ReportSection title="Live sketch" {...props}>
      {sketches.map(({ interviewer, id, sketch }) => (
        <DrawingFigure key={id}>
          {sketch.drawing?.svg ? (
            <SvgImage
              svg={sketch.drawing.svg}
              alt={`The architecture sketched in ${interviewer}'s interview`}
            />
          ) : (
            <p className="muted">No drawing was made in {interviewer}&apos;s interview.</p>
          )}
          <figcaption>Sketched with {interviewer}</figcaption>
          <dl>
            {SKETCH_CAPTURE_FIELDS.filter((key) => sketch[key]?.trim()).map((key) => (
              <div key={key}>
                <dt>{SKETCH_CAPTURE_LABELS[key]}</dt>
                <dd className="preserve-lines">{sketch[key]}</dd>
              </div>
            ))}
          </dl>
        </DrawingFigure>
      ))}
    </ReportSection>
  );
}
