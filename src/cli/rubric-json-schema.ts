import { z } from 'zod';
import { rubricPackSchema } from '../domain/rubric-schema';

export const RUBRIC_SCHEMA_FILE = 'rubrics/rubric-pack.schema.json';

/** The JSON Schema editors use on `rubrics/*.json`, generated from the zod schema. */
export function rubricJsonSchemaText(): string {
  const schema = z.toJSONSchema(rubricPackSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Archkit rubric pack' }, null, 2)}\n`;
}
