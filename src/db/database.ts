import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import type { Schema } from './schema.js';

/** The handle repositories receive: the typed query builder and which dialect is behind it. */
export interface Database {
  k: Kysely<Schema>;
  dialect: DialectName;
  close(): Promise<void>;
}

// Epoch-millisecond columns are BIGINT in PostgreSQL; they fit a JS number for 285,000 years.
pg.types.setTypeParser(20, (v) => Number(v));

export interface OpenOptions {
  /** postgres:// URL; without it SQLite is used. */
  databaseUrl?: string;
  /** SQLite file; ':memory:' for a private in-memory database. */
  sqliteFile?: string;
  /** PostgreSQL schema to use (tests give each file its own). */
  pgSchema?: string;
  poolSize?: number;
  /**
   * SQLite's fsync policy. FULL (default) makes a commit survive power loss, which is what
   * "durable before acknowledged" means for a citizen's message or case; NORMAL survives a
   * process crash only, for a little more speed.
   */
  sqliteSynchronous?: 'FULL' | 'NORMAL';
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

export function openDatabase(opts: OpenOptions): Database {
  if (isPostgresUrl(opts.databaseUrl)) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    });
    const k = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return { k, dialect: 'postgres', close: () => k.destroy() };
  }
  const file = opts.sqliteFile ?? ':memory:';
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the writer.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${opts.sqliteSynchronous ?? 'FULL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const k = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { k, dialect: 'sqlite', close: () => k.destroy() };
}

/** Statements kept prepared per SQLite connection; the least recently used beyond it is dropped. */
const STATEMENT_CACHE_SIZE = 500;
/** Longer SQL (multi-row inserts of varying length) is rarely repeated: prepared once, not kept. */
const STATEMENT_CACHE_MAX_SQL = 4096;

/**
 * Kysely's SQLite driver prepares every statement anew, and preparing costs as much as running
 * a small query. The same SQL text always compiles to the same statement, so it is prepared
 * once and reused. better-sqlite3 rebinds parameters on each run, and Kysely's one-connection
 * mutex means a statement is never used by two queries at once.
 */
export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let stmt = cache.get(sql);
      if (stmt) {
        // Least recently used order: a Map iterates in insertion order.
        cache.delete(sql);
        cache.set(sql, stmt);
        return stmt;
      }
      stmt = sqlite.prepare(sql);
      if (sql.length <= STATEMENT_CACHE_MAX_SQL) {
        cache.set(sql, stmt);
        if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      return stmt;
    },
  };
}
