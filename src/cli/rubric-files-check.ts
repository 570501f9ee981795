import { packKey } from '../domain/pack-key';
import { parseRubricPackText } from '../domain/rubric-validate';
import { packKeyFromFileName } from '../db/pack-file-name';

export type RubricFile = { path: string; text: string };

/** Problems of the pack files, each as `file: path: message`; empty when all are valid. */
export function checkRubricFiles(files: readonly RubricFile[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const result = parseRubricPackText(file.text);
    if (!result.ok) {
      problems.push(`${file.path}: ${result.problem.path}: ${result.problem.message}`);
      continue;
    }
    const key = packKey(result.value);
    const expected = packKeyFromFileName(file.path);
    if (expected !== key) {
      problems.push(
        `${file.path}: id and version are ${key}, so the file must be named ${result.value.id}.v${result.value.version}.json`,
      );
    }
    const other = seen.get(key);
    if (other) problems.push(`${file.path}: pack ${key} is also defined in ${other}`);
    seen.set(key, file.path);
  }
  return problems;
}
