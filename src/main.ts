/**
 * `npm start`: opens the data store, applies migrations, loads the demo data on first start,
 * and listens. PORT, HOST, DATA_DIR, DATABASE_URL and REDIS_URL choose the rest.
 */
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { shipDefaultTaxonomy } from './modules/cases/taxonomy.js';
import { closeDeps, createDeps, startBackground } from './runtime.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await (async () => {
    const pinoOpts = { level: config.logLevel };
    // A throwaway logger until the app's own exists: createDeps may log (SMS provider).
    const { pino } = await import('pino');
    const log = pino(pinoOpts);
    const deps = await createDeps(config, log);
    const built = await buildApp(deps, { logger: pinoOpts });
    await shipDefaultTaxonomy(deps.database, deps.clock.now());
    const demo = config.demo ? await seedDemo(deps) : null;
    const stopBackground = startBackground(deps, log);
    built.addHook('onClose', async () => {
      await stopBackground();
      await closeDeps(deps);
    });
    if (demo) {
      built.log.info(
        demo.created ? 'demo data loaded (演示数据已载入)' : 'demo data already present (演示数据已存在)',
      );
      for (const s of demo.signIns) {
        console.log(`  演示账号 demo sign-in  ${s.username.padEnd(26)} ${s.password.padEnd(16)} ${s.what}`);
      }
      console.log(
        '  市民登录 citizen sign-in: any mobile number; the code appears in this log (development SMS provider)',
      );
    }
    return built;
  })();

  const shutdown = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  const base = `http://localhost:${config.port}`;
  console.log(
    `\n  政微 Zhengwei is running:\n    citizen app  ${base}/\n    console      ${base}/console/\n    API docs     ${base}/docs\n`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
