/**
 * JSON Schemas of the GeoReport v2 answers, written from the specification (schemas/*.json),
 * compiled once with ajv: `validate('requests.json', body)` gives the list of violations
 * (empty when the answer conforms). Times must carry a time zone (ajv-formats' full
 * date-time), identifiers must be strings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas');
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats.default(ajv, { mode: 'full' });
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as object);
}

export type SchemaName =
  | 'discovery.json'
  | 'services.json'
  | 'service-definition.json'
  | 'created.json'
  | 'token.json'
  | 'request.json'
  | 'requests.json'
  | 'errors.json';

export function violations(schema: SchemaName, body: unknown): string[] {
  const check = ajv.getSchema(schema);
  if (!check) throw new Error(`no schema ${schema}`);
  if (check(body)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
