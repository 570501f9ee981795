import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useDatabase } from '../../db/database-provider';
import {
  DraftChangedElsewhereError,
  saveDraft,
  ScorecardLockedError,
  startDraft,
  submitScorecard,
} from '../../db/scorecard-repository';
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
import { DocumentReviewPanel } from './document-review/document-review-panel';
import { shortcutFor } from './interview-shortcuts';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SketchPanel } from './sketch/sketch-panel';
import { useAutosave } from './use-autosave';
import { getScorecard } from '../../db/scorecard-store';

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
  const { register, getValues, setValue, watch, reset, control } = useForm<ScorecardFormValues>({
    defaultValues: formValuesFromScorecard(module, existing),
  });
  const scenarioId = useWatch({ control, name: 'sketch.scenarioId' });
  const documents = useWatch({ control, name: 'documents' });
  // The id is fixed on first render so every autosave writes the same record; only when the
  // first save finds this interviewer's card already started (in another tab) does it switch
  // to that card's id, so the module never gets two cards.
  const scorecardId = useRef(existing?.id ?? crypto.randomUUID());
  const started = useRef(existing !== null);
  const touched = useRef(existing !== null);
  const criterionRefs = useRef<(HTMLFieldSetElement | null)[]>([]);
  const [focused, setFocused] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [submitError, setSubmitError] = useState('');
  // The version of the draft this form last read or wrote: a save over any other version
  // would silently drop another tab's edit, so it is refused and the user chooses.
  const baseline = useRef<string | null>(existing?.updatedAt ?? null);
  const [conflict, setConflict] = useState<Scorecard | null>(null);
  const conflictRef = useRef<Scorecard | null>(null);
  const showConflict = (stored: Scorecard | null) => {
    conflictRef.current = stored;
    setConflict(stored);
  };

  const current = (): Scorecard =>
    scorecardFromFormValues(getValues(), {
      ...identity,
      id: scorecardId.current,
      status: 'draft',
      updatedAt: new Date().toISOString(),
    });

  /**
   * The first write of a new card: it creates the card, or, when another tab started this
   * module first, takes that card over and lets the user choose whose entries to keep.
   * True when this form's values are written.
   */
  async function start(): Promise<boolean> {
    if (started.current) return false;
    const { scorecard, created } = await startDraft(db, current());
    started.current = true;
    scorecardId.current = scorecard.id;
    if (created) {
      baseline.current = scorecard.updatedAt;
      return true;
    }
    if (scorecard.status === 'submitted') throw new ScorecardLockedError();
    showConflict(scorecard);
    throw new DraftChangedElsewhereError(scorecard);
  }

  const autosave = useAutosave(async () => {
    if (conflictRef.current) throw new DraftChangedElsewhereError(conflictRef.current);
    if (await start()) return;
    try {
      const saved = await saveDraft(db, current(), undefined, baseline.current);
      baseline.current = saved.updatedAt;
    } catch (error) {
      if (error instanceof DraftChangedElsewhereError) showConflict(error.stored);
      throw error;
    }
  });

  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      // A reset (loading the other tab's version) is not an edit to save.
      if (name === undefined) return;
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

  /** A document-review suggestion, applied only when the interviewer clicks for it. */
  function applySuggestion(criterionId: string, level: 1 | 2 | 3 | 4, reason: string) {
    const index = module.criteria.findIndex((criterion) => criterion.id === criterionId);
    if (index < 0) return;
    setValue(`ratings.${index}.level`, String(level) as '1', { shouldDirty: true });
    const evidence = getValues(`ratings.${index}.evidence`);
    const next =
      evidence.trim() === ''
        ? reason
        : evidence.includes(reason)
          ? evidence
          : `${evidence.trimEnd()}\n${reason}`;
    setValue(`ratings.${index}.evidence`, next, { shouldDirty: true });
  }

  function loadOtherVersion() {
    if (!conflict) return;
    baseline.current = conflict.updatedAt;
    reset(formValuesFromScorecard(module, conflict));
    showConflict(null);
  }

  function keepMine() {
    if (!conflict) return;
    baseline.current = conflict.updatedAt;
    showConflict(null);
    autosave.schedule();
  }

  async function submit() {
    setConfirmSubmit(false);
    try {
      await autosave.flush();
      // An untouched form starts its card here: never a second card beside another tab's.
      await start().catch((error: unknown) => {
        if (!(error instanceof DraftChangedElsewhereError)) throw error;
      });
      const stored = await getScorecard(db, scorecardId.current);
      if (stored && stored.status === 'draft' && stored.updatedAt !== baseline.current) {
        showConflict(stored);
      }
      if (conflictRef.current) {
        setSubmitError('Choose which version of this draft to keep before you submit.');
        return;
      }
      setSubmitError('');
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

      {module.kind === 'live-sketch' && (
        <SketchPanel
          module={module}
          register={register}
          scenarioId={scenarioId}
          onScenarioChange={(id) => setValue('sketch.scenarioId', id, { shouldDirty: true })}
          initialDrawingJson={getValues('sketch.drawingJson')}
          onDrawingChange={(json) => setValue('sketch.drawingJson', json, { shouldDirty: true })}
        />
      )}
      {module.kind === 'doc-review' && (
        <DocumentReviewPanel
          module={module}
          documents={documents}
          onDocumentsChange={(next) => setValue('documents', next, { shouldDirty: true })}
          onApplySuggestion={applySuggestion}
        />
      )}

      {conflict && (
        <div role="alert" className="problem draft-conflict">
          <p>
            <strong>This draft was changed in another tab or window.</strong> Your latest changes
            here are not saved yet. Which version do you want to keep?
          </p>
          <p>
            <button type="button" onClick={loadOtherVersion}>
              Load the other version
            </button>{' '}
            <button type="button" className="secondary" onClick={keepMine}>
              Keep mine
            </button>
          </p>
        </div>
      )}

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
