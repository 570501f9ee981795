import type { z } from 'zod';

/** A path such as `modules[0].criteria[2].levels`, the way a user finds it in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      out += /^[A-Za-z_$][\w$-]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out || '(the whole file)';
}

export type ValidationProblem = { path: string; message: string };

export function describeZodIssue(issue: z.core.$ZodIssue): ValidationProblem {
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
    // Point at the offending key itself, so the user finds it in the file.
    return {
      path: formatPath([...issue.path, issue.keys[0]]),
      message: `"${issue.keys[0]}" is not allowed here`,
    };
  }
  return { path: formatPath(issue.path), message: issue.message };
}

/** The first problem of a failed parse: the one a user fixes first. */
export function firstProblem(error: z.ZodError): ValidationProblem {
  const issue = error.issues[0];
  if (!issue) return { path: '(the whole file)', message: 'is not valid' };
  return describeZodIssue(issue);
}

export function problemText(problem: ValidationProblem): string {
  return `${problem.path}: ${problem.message}`;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: ValidationProblem };
