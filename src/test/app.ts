import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import type { Clock } from '../infra/clock.js';
import type { RateLimiter } from '../infra/ratelimit/limiter.js';
import type { Hub } from '../infra/realtime/hub.js';
import { MemorySmsProvider } from '../infra/sms.js';
import { createDeps } from '../runtime.js';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';

const quiet = { info() {}, warn() {}, error() {} };

/** An app over the given database, with a memory SMS provider and a private data folder. */
export async function buildTestApp(
  database: Database,
  opts: {
    clock?: Clock;
    hub?: Hub;
    rateLimiter?: RateLimiter;
    streamSessionCheckMs?: number;
    /** Settings that differ from the defaults of an empty environment. */
    config?: Partial<Config>;
  } = {},
): Promise<{ app: FastifyInstance; deps: AppDeps; sms: MemorySmsProvider }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-test-'));
  const { config: settings, ...overrides } = opts;
  const config = { ...loadConfig({}), dataDir, demo: false, ...settings };
  const sms = new MemorySmsProvider();
  const deps = await createDeps(config, quiet, { ...overrides, database, sms });
  const app = await buildApp(deps, { webDir: path.join(dataDir, 'no-web') });
  await app.ready();
  return { app, deps, sms };
}
