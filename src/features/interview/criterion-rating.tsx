import { forwardRef, useId } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { Criterion } from '../../domain/rubric-schema';
import type { ScorecardFormValues } from '../../domain/scorecard-draft';

type Props = {
  criterion: Criterion;
  index: number;
  register: UseFormRegister<ScorecardFormValues>;
  onFocusCriterion: (index: number) => void;
};

/** One criterion: its four anchored levels as a radio group, "not observed", and evidence. */
export const CriterionRating = forwardRef<HTMLFieldSetElement, Props>(function CriterionRating(
  { criterion, index, register, onFocusCriterion },
  ref,
) {
  const base = useId();
  const evidenceId = `${base}-evidence`;
  return (
    <fieldset
      ref={ref}
      className="criterion-rating"
      tabIndex={-1}
      data-criterion-index={index}
      onFocus={() => onFocusCriterion(index)}
    >
      <legend>
        <span className="criterion-number">{index + 1}.</span> {criterion.title}{' '}
        <span className={`badge badge-${criterion.signal}`}>
          {criterion.signal === 'architecture' ? 'Architecture' : 'Engineering'}
        </span>
      </legend>
      {criterion.description && (
        <p className="muted criterion-description">{criterion.description}</p>
      )}
      <div className="level-options">
        {criterion.levels.map((text, level) => (
          <label key={level} className="level-option">
            <input type="radio" value={String(level + 1)} {...register(`ratings.${index}.level`)} />
            <span>
              <strong>Level {level + 1}</strong> {text}
            </span>
          </label>
        ))}
        <label className="level-option not-observed">
          <input type="radio" value="none" {...register(`ratings.${index}.level`)} />
          <span>
            <strong>Not observed</strong> The interview gave no evidence either way.
          </span>
        </label>
      </div>
      <label htmlFor={evidenceId} className="evidence-label">
        Evidence for {criterion.title}
      </label>
      <textarea
        id={evidenceId}
        rows={2}
        data-evidence-for={index}
        placeholder="What did they say or show? Quote where you can."
        {...register(`ratings.${index}.evidence`)}
      />
    </fieldset>
  );
});
