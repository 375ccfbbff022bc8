/**
 * Every difference between SQLite and PostgreSQL lives in this file (ENGINEERING.md, shape 5).
 * Repositories ask this module for the dialect-specific piece instead of branching themselves.
 */
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Schema } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

/** An auto-incrementing integer primary key column named `id`. */
export function withIdColumn<T extends string>(
  dialect: DialectName,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Epoch milliseconds need 64 bits; SQLite's INTEGER already is. */
export function epochType(dialect: DialectName): 'bigint' | 'integer' {
  return dialect === 'postgres' ? 'bigint' : 'integer';
}

/** Case-insensitive substring match: PostgreSQL's LIKE is case-sensitive, SQLite's is not. */
export function likeOperator(dialect: DialectName): 'ilike' | 'like' {
  return dialect === 'postgres' ? 'ilike' : 'like';
}

/** Escapes LIKE wildcards in user input; both dialects honour ESCAPE '\'. */
export function likePattern(input: string): string {
  return `%${input.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/**
 * Row locking for work queues (outbox, jobs): PostgreSQL skips rows another process holds;
 * SQLite has one writer at a time, so the surrounding transaction already serialises.
 */
export function skipLocked<QB extends { forUpdate(): QB; skipLocked(): QB }>(
  dialect: DialectName,
  qb: QB,
): QB {
  return dialect === 'postgres' ? qb.forUpdate().skipLocked() : qb;
}

/**
 * Serialises appends to a hash chain (audit log) inside the caller's transaction. SQLite
 * already allows one writer; PostgreSQL takes a transaction-scoped advisory lock.
 */
export async function lockChain(dialect: DialectName, trx: Kysely<Schema>, chainId: number): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${chainId})`.execute(trx);
}

/**
 * Locks the selected rows until the transaction ends (PostgreSQL `FOR UPDATE`); SQLite's
 * single writer already serialises the transaction. Used for check-then-write invariants
 * such as "an account keeps at least one admin".
 */
export function forUpdate<QB extends { forUpdate(): QB }>(dialect: DialectName, qb: QB): QB {
  return dialect === 'postgres' ? qb.forUpdate() : qb;
}

/** A unique-constraint violation on either dialect (races past an existence check). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown } | null;
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
