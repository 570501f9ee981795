import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRubricFiles } from './rubric-files-check';
import { RUBRIC_SCHEMA_FILE, rubricJsonSchemaText } from './rubric-json-schema';

const dir = process.argv[2] ?? 'rubrics';
const files = readdirSync(dir)
  .filter((name) => /\.v\d+\.json$/.test(name))
  .sort()
  .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));

const problems = checkRubricFiles(files);
if (dir === 'rubrics') {
  let current = '';
  try {
    current = readFileSync(RUBRIC_SCHEMA_FILE, 'utf8');
  } catch {
    // reported below
  }
  if (current !== rubricJsonSchemaText()) {
    problems.push(
      `${RUBRIC_SCHEMA_FILE}: out of date with the zod schema; run npm run rubrics:schema`,
    );
  }
}
if (files.length === 0) problems.push(`${dir}: no pack files (NAME.vN.json) found`);

for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(
  `${files.length} rubric pack file(s) valid: ${files.map((file) => file.path).join(', ')}`,
);
