import { describe, expect, it } from 'vitest';
import { parseRubricPackText } from '../../src/domain/rubric-validate';

describe('smoke', () => {
  it('rejects a pack with three levels, naming the path', () => {
    const result = parseRubricPackText('{}');
    expect(result.ok).toBe(false);
  });
});
