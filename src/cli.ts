/** `npm run migrate`: applies pending migrations to the configured database and exits. */
import { loadConfig } from './config.js';
import { migrateToLatest } from './db/migrate.js';
import { openConfiguredDatabase } from './runtime.js';

async function run(command: string | undefined): Promise<void> {
  const config = loadConfig();
  if (command !== 'migrate') {
    console.error('usage: zhengwei migrate');
    process.exit(2);
  }
  const database = openConfiguredDatabase(config);
  try {
    const applied = await migrateToLatest(database);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await database.close();
  }
}

run(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
