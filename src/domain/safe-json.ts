import type { Result } from './validation-error';
import { formatPath } from './validation-error';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether the text could hold a forbidden key, found without parsing: a key is a quoted
 * string, spelt out or with \u escapes (JSON has no other escape that spells a letter). Plain
 * searches, not a regular expression: a year of hiring is 170 MB, which the expression took
 * 160 ms to scan. A hit may be a value, not a key; the walk of the parsed value then decides.
 */
function mayHoldForbiddenKey(text: string): boolean {
  return text.includes('\\u') || [...FORBIDDEN_KEYS].some((key) => text.includes(`"${key}"`));
}

function findForbiddenKey(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key];
      const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * JSON.parse that refuses `__proto__`, `constructor` and `prototype` keys, which are never
 * legitimate in Archkit files and are the usual vehicle of prototype pollution.
 */
export function parseJsonSafely(text: string): Result<unknown> {
  if (text.trim() === '') {
    return { ok: false, problem: { path: '(the whole file)', message: 'is empty' } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { path: '(the whole file)', message: `is not valid JSON (${detail})` },
    };
  }
  if (mayHoldForbiddenKey(text)) {
    const found = findForbiddenKey(value, []);
    if (found) {
      return {
        ok: false,
        problem: {
          path: formatPath(found),
          message: `uses the forbidden key "${String(found.at(-1))}"`,
        },
      };
    }
  }
  return { ok: true, value };
}
