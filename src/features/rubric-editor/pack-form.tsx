import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useSearchParams } from 'react-router';
import { rubricPackSchema, type RubricPack } from '../../domain/rubric-schema';
import { ErrorSummary, type FormProblem } from './error-summary';
import { fieldId, moduleSection, sectionOf, type SectionKey } from './field-path';
import { TextField } from './form-fields';
import { ModuleSection } from './module-section';
import { newModule, tidyPack } from './pack-templates';
import type { PackFormValues } from './pack-form-values';
import { PolicySection } from './policy-section';
import { WhatIfPanel } from './what-if-panel';
import './rubric-editor.css';

type PackFormProps = {
  defaultValues: RubricPack;
  submitLabel: string;
  /** The pack id whose scored candidates the what-if re-scores; null for a blank new pack. */
  whatIfPackId: string | null;
  /** Saves the pack; a thrown error's message is shown and the form stays as it is. */
  onSave: (pack: RubricPack) => Promise<void>;
  /** Shown above the form: which version saving makes, what stays. */
  intro?: ReactNode;
  cancelTo: string;
};

/** The first element that exists for a path or its closest parent (a list, a fieldset). */
function findTarget(path: readonly PropertyKey[]): HTMLElement | null {
  for (let length = path.length; length > 0; length--) {
    const element = document.getElementById(fieldId(path.slice(0, length).join('.')));
    if (element) return element;
  }
  return null;
}

export function PackForm({
  defaultValues,
  submitLabel,
  whatIfPackId,
  onSave,
  intro,
  cancelTo,
}: PackFormProps) {
  const form = useForm<PackFormValues, unknown, RubricPack>({
    resolver: zodResolver(rubricPackSchema) as unknown as Resolver<
      PackFormValues,
      unknown,
      RubricPack
    >,
    defaultValues: defaultValues as PackFormValues,
    mode: 'onTouched',
    // The error summary takes focus instead; its links lead to each field.
    shouldFocusError: false,
  });
  const { control, getValues, setValue } = form;
  const modules = useFieldArray({ control, name: 'modules' });
  const titles = useWatch({ control, name: 'modules' })?.map((module) => module?.title ?? '') ?? [];
  const [searchParams, setSearchParams] = useSearchParams();
  const [problems, setProblems] = useState<FormProblem[] | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const pendingFocus = useRef<readonly PropertyKey[] | null>(null);

  const requested = (searchParams.get('section') ?? 'pack') as SectionKey;
  const moduleIndex = /^m\d+$/.test(requested) ? Number(requested.slice(1)) : null;
  const section: SectionKey =
    moduleIndex !== null && moduleIndex >= modules.fields.length ? 'pack' : requested;

  function openSection(next: SectionKey) {
    const params = new URLSearchParams(searchParams);
    if (next === 'pack') params.delete('section');
    else params.set('section', next);
    setSearchParams(params, { replace: true });
  }

  // Another section opens through the URL, a render later: focus once it is on screen.
  useEffect(() => {
    const path = pendingFocus.current;
    if (!path || sectionOf(path) !== section) return;
    pendingFocus.current = null;
    findTarget(path)?.focus();
  }, [section]);

  function goTo(path: readonly PropertyKey[]) {
    if (sectionOf(path) === section) {
      findTarget(path)?.focus();
      return;
    }
    pendingFocus.current = path;
    openSection(sectionOf(path));
  }

  function addModule() {
    modules.append(newModule(getValues()), { shouldFocus: false });
    goTo(['modules', modules.fields.length, 'title']);
  }

  function removeModule(index: number) {
    const id = getValues(`modules.${index}.id`);
    modules.remove(index);
    // Keep the policy and the track weights pointing at modules that still exist.
    setValue(
      'verdictPolicy.requiredModules',
      getValues('verdictPolicy.requiredModules').filter((required) => required !== id),
    );
    const trackWeights = getValues('trackWeights');
    if (trackWeights) {
      setValue(
        'trackWeights',
        Object.fromEntries(
          Object.entries(trackWeights).map(([track, weights]) => [
            track,
            Object.fromEntries(
              Object.entries(weights ?? {}).filter(([moduleId]) => moduleId !== id),
            ),
          ]),
        ),
      );
    }
    openSection(index > 0 ? moduleSection(index - 1) : 'pack');
  }

  const submit = form.handleSubmit(
    async (pack) => {
      setProblems(null);
      setSaveError(null);
      try {
        await onSave(tidyPack(pack));
      } catch (error) {
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    },
    () => {
      // The same schema, run once more for the problems in order, as the file check lists them.
      const result = rubricPackSchema.safeParse(getValues());
      setProblems(
        result.success
          ? []
          : result.error.issues.map((issue) => ({ path: [...issue.path], message: issue.message })),
      );
    },
  );

  const problemCount = (key: SectionKey) =>
    problems?.filter((problem) => sectionOf(problem.path) === key).length ?? 0;
  const navItem = (key: SectionKey, label: string) => {
    const count = problemCount(key);
    return (
      <li key={key}>
        <a
          href={`?section=${key}`}
          aria-current={section === key ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            openSection(key);
          }}
        >
          {label}
          {count > 0 && (
            <>
              {' '}
              <span className="badge badge-gate">
                {count} problem{count === 1 ? '' : 's'}
              </span>
            </>
          )}
        </a>
      </li>
    );
  };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} className="pack-form" aria-label="Rubric pack">
        {intro}
        {problems && problems.length > 0 && <ErrorSummary problems={problems} onGo={goTo} />}
        {saveError && (
          <div role="alert" className="problem">
            <p>
              <strong>The pack was not saved.</strong> {saveError}
            </p>
          </div>
        )}
        <nav aria-label="Parts of the pack" className="module-nav editor-nav">
          <ol>
            {navItem('pack', 'Pack details')}
            {modules.fields.map((field, index) =>
              navItem(moduleSection(index), titles[index]?.trim() || `Module ${index + 1}`),
            )}
            {navItem('policy', 'Verdict policy and weights')}
          </ol>
          <button type="button" className="secondary" onClick={addModule}>
            Add a module
          </button>
        </nav>

        {section === 'pack' && (
          <section aria-labelledby="pack-section-title" className="editor-section">
            <h2 id="pack-section-title">Pack details</h2>
            <TextField name="title" label="Pack title" />
            <TextField name="description" label="Description (optional)" multiline />
            <p className="muted">
              Edit each module from the list above, then the verdict policy and weights.
            </p>
          </section>
        )}
        {modules.fields.map(
          (field, index) =>
            section === moduleSection(index) && (
              <ModuleSection
                key={field.id}
                index={index}
                canRemove={modules.fields.length > 1}
                onRemove={() => removeModule(index)}
              />
            ),
        )}
        {section === 'policy' && <PolicySection />}

        {whatIfPackId && <WhatIfPanel packId={whatIfPackId} />}

        <div className="form-actions">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {submitLabel}
          </button>{' '}
          <Link to={cancelTo} className="button secondary">
            Cancel
          </Link>
        </div>
      </form>
    </FormProvider>
  );
}
