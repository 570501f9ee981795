import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useDatabase } from '../../db/database-provider';
import { saveDraft, submitScorecard } from '../../db/scorecard-repository';
import type { RubricModule } from '../../domain/rubric-schema';
import { RECOMMENDATIONS, type Scorecard } from '../../domain/scorecard-schema';
import {
  formValuesFromScorecard,
  scorecardFromFormValues,
  unratedCriteria,
  type ScorecardFormValues,
  type ScorecardIdentity,
} from '../../domain/scorecard-draft';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CriterionRating } from './criterion-rating';
import { shortcutFor } from './interview-shortcuts';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useAutosave } from './use-autosave';

type Props = {
  module: RubricModule;
  existing: Scorecard | null;
  identity: Omit<ScorecardIdentity, 'id' | 'status' | 'updatedAt'>;
};

export const RECOMMENDATION_LABELS = {
  'strong-no': 'Strong no',
  no: 'No',
  yes: 'Yes',
  'strong-yes': 'Strong yes',
} as const;

/** The live scoring form: autosaves every change as a draft, and locks on submit. */
export function ScorecardForm({ module, existing, identity }: Props) {
  const db = useDatabase();
  const { register, getValues, setValue, watch } = useForm<ScorecardFormValues>({
    defaultValues: formValuesFromScorecard(module, existing),
  });
  // The id is fixed on first render so every autosave writes the same record.
  const scorecardId = useRef(existing?.id ?? crypto.randomUUID());
  const touched = useRef(existing !== null);
  const criterionRefs = useRef<(HTMLFieldSetElement | null)[]>([]);
  const [focused, setFocused] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [submitError, setSubmitError] = useState('');

  const current = (): Scorecard =>
    scorecardFromFormValues(getValues(), {
      ...identity,
      id: scorecardId.current,
      status: 'draft',
      updatedAt: new Date().toISOString(),
    });

  const autosave = useAutosave(async () => {
    await saveDraft(db, current());
  });

  useEffect(() => {
    const subscription = watch(() => {
      touched.current = true;
      autosave.schedule();
    });
    return () => subscription.unsubscribe();
  }, [watch, autosave]);

  function focusCriterion(index: number) {
    const clamped = Math.max(0, Math.min(module.criteria.length - 1, index));
    setFocused(clamped);
    criterionRefs.current[clamped]?.focus();
    criterionRefs.current[clamped]?.scrollIntoView?.({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const action = shortcutFor({ ...event, target: event.target });
    if (!action) return;
    event.preventDefault();
    const field = `ratings.${focused}.level` as const;
    if (action.type === 'level')
      setValue(field, String(action.level) as '1', { shouldDirty: true });
    else if (action.type === 'not-observed') setValue(field, 'none', { shouldDirty: true });
    else if (action.type === 'move') focusCriterion(focused + action.by);
    else if (action.type === 'evidence') {
      criterionRefs.current[focused]?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
    } else setHelpOpen(true);
  }

  async function submit() {
    setConfirmSubmit(false);
    try {
      await autosave.flush();
      await submitScorecard(db, current(), identity.interviewer);
    } catch (error) {
      setSubmitError(error instanceof Error ? error.message : String(error));
    }
  }

  const unrated = confirmSubmit ? unratedCriteria(getValues()) : [];
  const titleOf = (id: string) =>
    module.criteria.find((criterion) => criterion.id === id)?.title ?? id;

  return (
    <form
      className="scorecard-form"
      aria-label={`Your scorecard for ${module.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (unratedCriteria(getValues()).length > 0) setConfirmSubmit(true);
        else void submit();
      }}
    >
      <div className="scorecard-toolbar">
        <SaveStatus state={autosave.state} touched={touched.current} />
        <button
          type="button"
          className="secondary"
          onClick={() => setHelpOpen(true)}
          aria-keyshortcuts="?"
        >
          Keyboard shortcuts
        </button>
      </div>

      <div className="criteria" onKeyDown={onKeyDown}>
        <h2>Criteria</h2>
        <p className="hint">
          Press 1 to 4 to set the level of the highlighted criterion, 0 for not observed, j and k to
          move, e to write evidence.
        </p>
        {module.criteria.map((criterion, index) => (
          <CriterionRating
            key={criterion.id}
            ref={(element) => {
              criterionRefs.current[index] = element;
            }}
            criterion={criterion}
            index={index}
            register={register}
            onFocusCriterion={setFocused}
          />
        ))}
      </div>

      {module.flags && module.flags.length > 0 && (
        <fieldset className="flags-field">
          <legend>Flags</legend>
          {module.flags.map((flag) => (
            <label key={flag.id} className="checkbox flag-option">
              <input type="checkbox" value={flag.id} {...register('flags')} />{' '}
              <span>
                <strong>{flag.label}</strong>{' '}
                <span className={`badge badge-${flag.effect}`}>
                  {flag.effect === 'gate' ? 'Gate: rules out an architect verdict' : 'Warning'}
                </span>
                {flag.description && <span className="flag-description">{flag.description}</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}

      <div className="field">
        <label htmlFor="scorecard-notes">Notes</label>
        <textarea id="scorecard-notes" rows={4} {...register('notes')} />
      </div>

      <fieldset className="field recommendation">
        <legend>Your recommendation</legend>
        {RECOMMENDATIONS.map((value) => (
          <label key={value} className="radio">
            <input type="radio" value={value} {...register('recommendation')} />{' '}
            {RECOMMENDATION_LABELS[value]}
          </label>
        ))}
      </fieldset>

      {submitError && (
        <p role="alert" className="problem">
          {submitError}
        </p>
      )}
      <button type="submit">Submit scorecard</button>
      <p className="hint">
        Submitting locks your scorecard and shows you the rest of the panel&apos;s ratings.
      </p>

      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ConfirmDialog
        open={confirmSubmit}
        title="Submit with criteria unrated?"
        confirmLabel="Submit anyway"
        onCancel={() => setConfirmSubmit(false)}
        onConfirm={() => void submit()}
      >
        <p>These criteria have no level and are not marked &ldquo;not observed&rdquo;:</p>
        <ul>
          {unrated.map((id) => (
            <li key={id}>{titleOf(id)}</li>
          ))}
        </ul>
        <p>They will count as not observed.</p>
      </ConfirmDialog>
    </form>
  );
}

function SaveStatus({
  state,
  touched,
}: {
  state: ReturnType<typeof useAutosave>['state'];
  touched: boolean;
}) {
  const text =
    state.phase === 'saving' || state.phase === 'pending'
      ? 'Saving…'
      : state.phase === 'saved'
        ? `Draft saved at ${state.at.toLocaleTimeString()}`
        : state.phase === 'failed'
          ? `Not saved: ${state.message}`
          : touched
            ? 'Draft saved'
            : 'Nothing entered yet';
  return (
    <p
      role="status"
      className={state.phase === 'failed' ? 'save-status problem' : 'save-status muted'}
      data-save-count={state.phase === 'saved' ? state.count : undefined}
    >
      {text}
    </p>
  );
}
