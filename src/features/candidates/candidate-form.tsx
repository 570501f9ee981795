import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  candidateFormWithQuoteSchema,
  HIRING_TRACKS,
  QUOTE_PERIOD_LABELS,
  QUOTE_PERIODS,
  TRACK_LABELS,
  type CandidateFormValues,
  type CandidateFormWithQuote,
} from '../../domain/candidate-form-schema';
import type { StoredPack } from '../../db/database';

type Props = {
  defaultValues: CandidateFormValues & Partial<CandidateFormWithQuote>;
  packs: StoredPack[];
  packLocked: boolean;
  submitLabel: string;
  onSubmit: (values: CandidateFormWithQuote) => Promise<void>;
};

const isHiringTrack = (value: string | null): value is CandidateFormValues['track'] =>
  (HIRING_TRACKS as readonly (string | null)[]).includes(value);

/** One field: label, control, hint and the error, wired for screen readers. */
function useFieldIds(name: string) {
  const base = useId();
  return { input: `${base}-${name}`, error: `${base}-${name}-error`, hint: `${base}-${name}-hint` };
}

export function CandidateForm({ defaultValues, packs, packLocked, submitLabel, onSubmit }: Props) {
  // `?track=fractional` lets a link ("Add a consultant") preselect the track.
  const [params] = useSearchParams();
  const trackParam = params.get('track');
  const quoteKnown = defaultValues.quoteAmount !== undefined;
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting, dirtyFields },
  } = useForm<CandidateFormWithQuote>({
    resolver: zodResolver(candidateFormWithQuoteSchema),
    defaultValues: {
      ...defaultValues,
      track: isHiringTrack(trackParam) ? trackParam : defaultValues.track,
      quoteAmount: defaultValues.quoteAmount ?? '',
      quotePeriod:
        defaultValues.quotePeriod ??
        (isHiringTrack(trackParam) && trackParam === 'project' ? 'fixed' : 'month'),
    },
  });
  const track = watch('track');
  const quote = useFieldIds('quote');
  const period = useFieldIds('period');
  const submit = (values: CandidateFormWithQuote) => {
    // A form opened without the stored quote must not erase it unless the user typed one.
    if (!quoteKnown && !dirtyFields.quoteAmount && !dirtyFields.quotePeriod) {
      const { quoteAmount: _a, quotePeriod: _p, ...rest } = values;
      return onSubmit(rest);
    }
    return onSubmit(values);
  };
  const name = useFieldIds('name');
  const title = useFieldIds('title');
  const email = useFieldIds('email');
  const notes = useFieldIds('notes');
  const pack = useFieldIds('pack');
  const trackLegend = useId();

  const describedBy = (ids: { error: string; hint?: string }, hasError: boolean, hint = false) =>
    [hint ? ids.hint : null, hasError ? ids.error : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form" noValidate onSubmit={handleSubmit(submit)}>
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

      {track !== 'full-time' && (
        <div className="field">
          <label htmlFor={quote.input}>Quoted price in US dollars (optional)</label>
          <input
            id={quote.input}
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={errors.quoteAmount ? true : undefined}
            aria-describedby={describedBy(quote, !!errors.quoteAmount, true)}
            {...register('quoteAmount')}
          />
          <p id={quote.hint} className="hint">
            What the consultant quoted, e.g. 9000 a month; the report compares it with the usual
            range.
          </p>
          {errors.quoteAmount && (
            <p id={quote.error} className="field-error">
              {errors.quoteAmount.message}
            </p>
          )}
          <label htmlFor={period.input}>Quoted price is</label>
          <select id={period.input} {...register('quotePeriod')}>
            {QUOTE_PERIODS.map((p) => (
              <option key={p} value={p}>
                {QUOTE_PERIOD_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
      )}

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
