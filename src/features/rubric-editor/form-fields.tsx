import { useState, type ReactNode } from 'react';
import { get, useController, useFormContext, useFormState } from 'react-hook-form';
import { errorId, fieldId } from './field-path';
import type { PackFormValues } from './pack-form-values';

type FieldProps = { name: string; label: string; hint?: string };

/** The message of the first problem at `name` or below it (a list keeps its own under `root`). */
export function firstMessage(error: unknown): { message: string; index: number | null } | null {
  if (!error || typeof error !== 'object') return null;
  const record = error as Record<string, unknown>;
  if (typeof record.message === 'string' && record.message)
    return { message: record.message, index: null };
  const root = firstMessage(record.root);
  if (root) return root;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'ref' || key === 'root') continue;
    const inner = firstMessage(value);
    if (inner)
      return { message: inner.message, index: /^\d+$/.test(key) ? Number(key) : inner.index };
  }
  return null;
}

function useFieldError(name: string): string | null {
  const { errors } = useFormState<PackFormValues>({ name: name as never });
  return firstMessage(get(errors, name))?.message ?? null;
}

/** Label, control, hint and error, wired together for assistive technology. */
function FieldShell({
  name,
  label,
  hint,
  error,
  children,
}: FieldProps & { error: string | null; children: (aria: Record<string, unknown>) => ReactNode }) {
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  const describedBy = [error ? errorId(name) : null, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={fieldId(name)}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId(name)} className="field-error">
          {label} {error}.
        </p>
      )}
      {children({
        id: fieldId(name),
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  multiline = false,
}: FieldProps & { multiline?: boolean }) {
  const { register } = useFormContext<PackFormValues>();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} label={label} hint={hint} error={error}>
      {(aria) =>
        multiline ? (
          <textarea rows={3} {...aria} {...register(name as never)} />
        ) : (
          <input type="text" {...aria} {...register(name as never)} />
        )
      }
    </FieldShell>
  );
}

const toNumber = (value: unknown) =>
  value === '' || value === null || value === undefined ? undefined : Number(value);

export function NumberField({ name, label, hint, step = 'any' }: FieldProps & { step?: string }) {
  const { register } = useFormContext<PackFormValues>();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} label={label} hint={hint} error={error}>
      {(aria) => (
        <input
          type="number"
          inputMode="decimal"
          step={step}
          className="number-input"
          {...aria}
          {...register(name as never, { setValueAs: toNumber })}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  options,
}: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const { register } = useFormContext<PackFormValues>();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} label={label} hint={hint} error={error}>
      {(aria) => (
        <select {...aria} {...register(name as never)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * A list of short texts (follow-ups, cues) edited one per line: easier to type and paste than
 * a row of inputs. Blank lines are dropped; an empty list is no list.
 */
export function LinesField({ name, label, hint }: FieldProps) {
  const { control } = useFormContext<PackFormValues>();
  const { field, fieldState } = useController({ name: name as never, control });
  const [text, setText] = useState(() =>
    Array.isArray(field.value) ? (field.value as string[]).join('\n') : '',
  );
  const problem = firstMessage(fieldState.error);
  const error = problem
    ? problem.index === null
      ? problem.message
      : `line ${problem.index + 1} ${problem.message}`
    : null;
  return (
    <FieldShell name={name} label={label} hint={hint ?? 'One per line.'} error={error}>
      {(aria) => (
        <textarea
          rows={3}
          {...aria}
          ref={field.ref}
          name={field.name}
          value={text}
          onBlur={field.onBlur}
          onChange={(event) => {
            setText(event.target.value);
            const lines = toLines(event.target.value);
            field.onChange(lines.length > 0 ? lines : undefined);
          }}
        />
      )}
    </FieldShell>
  );
}

/** A message for a whole list (for example "must have at least one criterion"). */
export function ListError({
  name,
  label,
  deep = false,
}: {
  name: string;
  label: string;
  /** Also the first problem of an item: for lists with no field of their own per item. */
  deep?: boolean;
}) {
  const { errors } = useFormState<PackFormValues>({ name: name as never });
  const error = get(errors, name) as { root?: { message?: string }; message?: string } | undefined;
  const message = deep ? firstMessage(error)?.message : (error?.root?.message ?? error?.message);
  if (!message) return null;
  return (
    <p id={errorId(name)} className="field-error">
      {label} {message}.
    </p>
  );
}
