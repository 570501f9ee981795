import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  candidateFormSchema,
  HIRING_TRACKS,
  TRACK_LABELS,
  type CandidateFormValues,
} from '../../domain/candidate-form-schema';
import type { StoredPack } from '../../db/database';

type Props = {
  defaultValues: CandidateFormValues;
  packs: StoredPack[];
  packLocked: boolean;
  submitLabel: string;
  onSubmit: (values: CandidateFormValues) => Promise<void>;
};

/** One field: label, control, hint and the error, wired for screen readers. */
function useFieldIds(name: string) {
  const base = useId();
  return { input: `${base}-${name}`, error: `${base}-${name}-error`, hint: `${base}-${name}-hint` };
}

export function CandidateForm({ defaultValues, packs, packLocked, submitLabel, onSubmit }: Props) {
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CandidateFormValues>({ resolver: zodResolver(candidateFormSchema), defaultValues });
  const name = useFieldIds('name');
  const title = useFieldIds('title');
  const email = useFieldIds('email');
  const notes = useFieldIds('notes');
  const pack = useFieldIds('pack');
  const trackLegend = useId();

  const describedBy = (ids: { error: string; hint?: string }, hasError: boolean, hint = false) =>
    [hint ? ids.hint : null, hasError ? ids.error : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <div className="field">
        <label htmlFor={name.input}>Name</label>
        <input
          id={name.input}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy(name, !!errors.name)}
          {...register('name')}
        />
        {errors.name && (
          <p id={name.error} className="field-error">
            {errors.name.message}
          </p>
        )}
      </div>

      <fieldset
        className="field"
        aria-describedby={errors.track ? `${trackLegend}-error` : undefined}
      >
        <legend id={trackLegend}>Track</legend>
        {HIRING_TRACKS.map((track) => (
          <label key={track} className="radio">
            <input type="radio" value={track} {...register('track')} /> {TRACK_LABELS[track]}
          </label>
        ))}
        {errors.track && (
          <p id={`${trackLegend}-error`} className="field-error">
            {errors.track.message}
          </p>
        )}
      </fieldset>

      <div className="field">
        <label htmlFor={title.input}>Claimed title</label>
        <input
          id={title.input}
          aria-describedby={describedBy(title, !!errors.claimedTitle, true)}
          aria-invalid={errors.claimedTitle ? true : undefined}
          {...register('claimedTitle')}
        />
        <p id={title.hint} className="hint">
          The title on their CV, e.g. &ldquo;Principal AI Architect&rdquo;: the claim the interviews
          test.
        </p>
        {errors.claimedTitle && (
          <p id={title.error} className="field-error">
            {errors.claimedTitle.message}
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={email.input}>Email (optional)</label>
        <input
          id={email.input}
          type="email"
          autoComplete="off"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy(email, !!errors.email)}
          {...register('email')}
        />
        {errors.email && (
          <p id={email.error} className="field-error">
            {errors.email.message}
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={pack.input}>Rubric pack</label>
        <select
          id={pack.input}
          disabled={packLocked}
          aria-describedby={describedBy(pack, !!errors.packKey, packLocked)}
          {...register('packKey')}
        >
          {packs.map((option) => (
            <option key={option.key} value={option.key}>
              {option.title} (version {option.version})
            </option>
          ))}
        </select>
        {packLocked && (
          <p id={pack.hint} className="hint">
            Scorecards already use this pack version, so it cannot change.
          </p>
        )}
        {errors.packKey && (
          <p id={pack.error} className="field-error">
            {errors.packKey.message}
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={notes.input}>Notes</label>
        <textarea
          id={notes.input}
          rows={4}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={describedBy(notes, !!errors.notes)}
          {...register('notes')}
        />
        {errors.notes && (
          <p id={notes.error} className="field-error">
            {errors.notes.message}
          </p>
        )}
      </div>

      <button type="submit" disabled={isSubmitting}>
        {submitLabel}
      </button>
    </form>
  );
}
