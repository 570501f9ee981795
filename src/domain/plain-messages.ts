import { z } from 'zod';

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return Number.isInteger(input) ? 'a whole number' : 'a number';
  return typeof input === 'object' ? 'an object' : typeof input;
}

/**
 * Zod's default messages are written for developers; these are for the person who picked
 * the file. Messages set on a schema itself still take precedence.
 */
export function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${KIND_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${String(issue.maximum)} items`;
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'email'
        ? 'must be an email address'
        : `must be a valid ${issue.format}`;
    default:
      return undefined;
  }
}

// In a page the Content-Security-Policy forbids eval, so zod's JIT cannot run there anyway;
// jitless skips the `new Function` probe that the browser would report as a violation.
// Workers and Node (no CSP) keep the faster JIT.
z.config({ customError: plainMessage, jitless: typeof window !== 'undefined' });
