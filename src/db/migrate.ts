import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

/** Applies every pending migration in order; each runs in its own transaction. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const provider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      const out: Record<string, Migration> = {};
      for (const [name, mod] of migrations) {
        out[name] = { up: (db: Kysely<unknown>) => mod.up(db, database.dialect) };
      }
      return out;
    },
  };
  const migrator = new Migrator({ db: database.k, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
