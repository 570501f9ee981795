import { rubricPackSchema, type RubricPack } from './rubric-schema';
import { parseJsonSafely } from './safe-json';
import { firstProblem, type Result } from './validation-error';

export function validateRubricPack(value: unknown): Result<RubricPack> {
  const parsed = rubricPackSchema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problem: firstProblem(parsed.error) };
}

export function parseRubricPackText(text: string): Result<RubricPack> {
  const json = parseJsonSafely(text);
  return json.ok ? validateRubricPack(json.value) : json;
}
