import { writeFileSync } from 'node:fs';
import { RUBRIC_SCHEMA_FILE, rubricJsonSchemaText } from './rubric-json-schema';

writeFileSync(RUBRIC_SCHEMA_FILE, rubricJsonSchemaText());
console.log(`wrote ${RUBRIC_SCHEMA_FILE}`);
