import fs from 'node:fs';
import { expect, it } from 'vitest';
import { GENERATED_FILE, renderApiTypes } from './generate.js';

it('the API types the Vue apps compile against match the route schemas (run `npm run gen:api` after a schema change)', async () => {
  const current = fs.readFileSync(GENERATED_FILE, 'utf8');
  expect(current).toBe(await renderApiTypes());
});

it('every API route is documented in the OpenAPI document with a summary', async () => {
  const { openApiDocument } = await import('./generate.js');
  const doc = (await openApiDocument()) as { paths: Record<string, Record<string, { summary?: string }>> };
  const undocumented = Object.entries(doc.paths).flatMap(([p, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => typeof op === 'object' && !op.summary)
      .map(([m]) => `${m.toUpperCase()} ${p}`),
  );
  expect(undocumented).toEqual([]);
});
