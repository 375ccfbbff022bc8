/**
 * Renders the server's OpenAPI document (built from the route schemas) as TypeScript types
 * for the Vue apps: apps/shared/openapi.d.ts. The apps derive their API types from it, so a
 * schema change that breaks a client fails the type check instead of a user.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { closeDeps, createDeps } from '../runtime.js';

const quiet = { info() {}, warn() {}, error() {} };

export const GENERATED_FILE = 'apps/shared/openapi.d.ts';

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-openapi-'));
  const deps = await createDeps({ ...loadConfig({}), dataDir, demo: false }, quiet, {
    database: openDatabase({ sqliteFile: ':memory:' }),
  });
  const app = await buildApp(deps, { webDir: path.join(dataDir, 'none') });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await closeDeps(deps);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(await openApiDocument())));
  return (
    "// Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit.\n\n" +
    astToString(ast)
  );
}
