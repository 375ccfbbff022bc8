import { Migrator, sql, type Kysely, type Migration } from 'kysely';
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
  // Kysely looks for its bookkeeping tables in every schema it can see; pinning them to the
  // current schema keeps databases that share a PostgreSQL instance (tests: one schema per
  // file, migrated in parallel) from mistaking each other's tables for their own.
  const migrationTableSchema =
    database.dialect === 'postgres'
      ? ((await sql<{ s: string | null }>`select current_schema() as s`.execute(database.k)).rows[0]?.s ??
        undefined)
      : undefined;
  const migrator = new Migrator({ db: database.k, provider, migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
