import { useEffect, useRef } from 'react';
import { describePath, fieldId } from './field-path';

export type FormProblem = { path: PropertyKey[]; message: string };

/**
 * The list of problems shown on a refused save, focused so a screen reader hears it at once;
 * each entry leads to its field, opening the section it is in.
 */
export function ErrorSummary({
  problems,
  onGo,
}: {
  problems: FormProblem[];
  onGo: (path: PropertyKey[]) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [problems]);
  return (
    <div ref={ref} tabIndex={-1} className="error-summary" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        {problems.length === 1
          ? 'There is 1 problem to fix before saving'
          : `There are ${problems.length} problems to fix before saving`}
      </h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <a
              href={`#${fieldId(problem.path.join('.'))}`}
              onClick={(event) => {
                event.preventDefault();
                onGo(problem.path);
              }}
            >
              {describePath(problem.path)}: {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
