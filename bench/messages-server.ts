/**
 * Child process of the messages benchmark: the real platform (buildApp + createDeps, embedded
 * SQLite with the default durable sync policy, the local real-time hub, the database rate
 * limiter) on a fresh data folder, with one account, its automatic-reply rules and
 * `citizens` signed-in followers. Prints one JSON line `{port, citizens: [{cookie, csrf}]}`
 * once listening, then serves until SIGTERM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { closeDeps, createDeps, startBackground } from '../src/runtime.js';
import { seedMessagesWorld } from './messages-seed.js';

const [dataDir, citizensArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: messages-server <dataDir> [citizens]');
fs.mkdirSync(path.join(dataDir), { recursive: true });

const quiet = { info() {}, warn() {}, error: (obj: unknown, msg?: string) => console.error(msg, obj) };
const config = { ...loadConfig({}), dataDir, demo: false };
const deps = await createDeps(config, quiet);
const world = await seedMessagesWorld(deps, Number(citizensArg ?? 2000));
const app = await buildApp(deps, { webDir: path.join(dataDir, 'no-web') });
const stopBackground = startBackground(deps, quiet);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
console.log(JSON.stringify({ port, ...world }));

process.once('SIGTERM', () => {
  void (async () => {
    await app.close();
    await stopBackground();
    await closeDeps(deps);
    process.exit(0);
  })();
});
