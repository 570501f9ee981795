import { describe, expect, it } from 'vitest';
import { parseJsonSafely } from '../../src/domain/safe-json';

describe('parseJsonSafely', () => {
  it('accepts the forbidden words where they are values, not keys', () => {
    const text = JSON.stringify({
      evidence: 'Used the "constructor" and "prototype" of "__proto__"',
    });
    expect(parseJsonSafely(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses each forbidden key, spelt out or escaped, wherever it is nested', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', '\\u0063onstructor']) {
      const result = parseJsonSafely(`{"list":[{"ok":1},{"${key}":{}}]}`);
      expect(result.ok, key).toBe(false);
      if (!result.ok) expect(result.problem.path, key).toBe('list[1].' + JSON.parse(`"${key}"`));
    }
  });
});
