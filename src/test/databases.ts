/**
 * Runs a suite on every database the platform supports (ENGINEERING.md, shape 5): always on
 * SQLite, and on PostgreSQL whenever the run has one (see global-setup.ts).
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { DialectName } from '../db/dialect.js';

export async function openTestDatabase(dialect: DialectName): Promise<Database> {
  if (dialect === 'sqlite') {
    const database = openDatabase({ sqliteFile: ':memory:' });
    await migrateToLatest(database);
    return database;
  }
  const url = inject('pgUrl');
  if (!url) throw new Error('PostgreSQL is not available in this run');
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  const setup = openDatabase({ databaseUrl: url, poolSize: 1 });
  await setup.k.schema.createSchema(schema).execute();
  await setup.close();
  const database = openDatabase({ databaseUrl: url, pgSchema: schema, poolSize: 4 });
  await migrateToLatest(database);
  // The schema is not dropped here: PostgreSQL's catalogue queries (Kysely's introspection in
  // the migrator, for one) see every schema, and one vanishing mid-query fails another test
  // file. The whole throwaway database is dropped when the run ends (global-setup.ts).
  return database;
}

export function testDialects(): DialectName[] {
  return inject('pgUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * `describeEachDatabase('follows', (ctx) => { it(..., async () => ctx.db ...) })` runs the
 * suite once per dialect with a freshly migrated database shared by that suite's tests.
 */
export function describeEachDatabase(
  title: string,
  fn: (ctx: { readonly db: Database; readonly dialect: DialectName }) => void,
): void {
  for (const dialect of testDialects()) {
    describe(`${title} [${dialect}]`, () => {
      const ctx = { db: undefined as unknown as Database, dialect };
      beforeAll(async () => {
        ctx.db = await openTestDatabase(dialect);
      });
      afterAll(async () => {
        await ctx.db?.close();
      });
      fn(ctx);
    });
  }
}

/** Tables of this test database only (PostgreSQL introspection would list every test schema). */
export async function tableNames(db: Database): Promise<string[]> {
  const q =
    db.dialect === 'postgres'
      ? sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`
      : sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`;
  return (await q.execute(db.k)).rows.map((r) => r.name).sort();
}
