import type { RubricPack } from '../../domain/rubric-schema';
import type { SelfAssessment } from '../../domain/self-assessment-schema';
import { DrawingFigure, SvgImage } from '../../ui/drawing-figure';

/** The sketches drawn in practice, as images (never live markup), with the notes beside them. */
export function PractisedSketches({
  pack,
  assessment,
}: {
  pack: RubricPack;
  assessment: SelfAssessment;
}) {
  // In the pack's module order; drawings of modules the pack no longer has are left out.
  const sketches = pack.modules.flatMap((module) => {
    const svg = assessment.sketchDrawings?.[module.id]?.svg;
    return svg ? [{ module, svg, notes: assessment.sketchNotes[module.id]?.trim() ?? '' }] : [];
  });
  if (sketches.length === 0) return null;
  return (
    <section aria-labelledby="practised-sketches-title">
      <h3 id="practised-sketches-title">Your practice sketches</h3>
      {sketches.map(({ module, svg, notes }) => (
        <DrawingFigure key={module.id}>
          <SvgImage svg={svg} alt={`Your practice sketch for ${module.title}`} />
          <figcaption>{module.title}</figcaption>
          {notes && <p className="practised-sketch-notes">{notes}</p>}
        </DrawingFigure>
      ))}
    </section>
  );
}
