/**
 * Tamper-evident audit log: each entry's hash covers the previous entry's hash, so editing
 * or deleting any row breaks every hash after it, and `verifyAuditChain` finds the break.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../db/dialect.js';
import { lockChain } from '../db/dialect.js';
import type { Schema } from '../db/schema.js';
import { sha256Hex } from './crypto.js';

const AUDIT_CHAIN_LOCK = 7_001;
const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  at: number;
  actorKind: 'staff' | 'citizen' | 'system';
  actorId: number | null;
  accountId: number | null;
  action: string;
  target?: string | null;
  details?: Record<string, unknown>;
}

function entryHash(prev: string, e: Omit<Schema['audit_log'], 'id' | 'hash' | 'prev_hash'>): string {
  return sha256Hex(
    JSON.stringify([prev, e.at, e.actor_kind, e.actor_id, e.account_id, e.action, e.target, e.details]),
  );
}

/** Appends one entry; call inside the transaction of the change it records. */
export async function appendAudit(
  trx: Kysely<Schema>,
  dialect: DialectName,
  entry: AuditEntry,
): Promise<void> {
  await lockChain(dialect, trx, AUDIT_CHAIN_LOCK);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prev = last?.hash ?? GENESIS;
  const row = {
    at: entry.at,
    actor_kind: entry.actorKind,
    actor_id: entry.actorId,
    account_id: entry.accountId,
    action: entry.action,
    target: entry.target ?? null,
    details: JSON.stringify(entry.details ?? {}),
  };
  await trx
    .insertInto('audit_log')
    .values({ ...row, prev_hash: prev, hash: entryHash(prev, row) })
    .execute();
}

/** Returns the id of the first entry whose hash does not verify, or null when intact. */
export async function verifyAuditChain(db: Kysely<Schema>): Promise<number | null> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  let prev = GENESIS;
  for (const r of rows) {
    if (r.prev_hash !== prev || entryHash(prev, r) !== r.hash) return r.id;
    prev = r.hash;
  }
  return null;
}
