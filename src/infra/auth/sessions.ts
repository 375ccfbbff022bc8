/**
 * Cookie sessions for staff and citizens. The cookie holds a random token; the table keeps
 * only its SHA-256, plus the CSRF token the client must echo on every state change.
 */
import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import type { Database } from '../../db/database.js';
import type { SessionsTable } from '../../db/schema.js';
import { randomToken, sha256Hex } from '../crypto.js';

export type SessionKind = SessionsTable['kind'];

export const COOKIE: Record<SessionKind, string> = { staff: 'zw_staff', citizen: 'zw_citizen' };
const TTL_MS: Record<SessionKind, number> = {
  staff: 12 * 3600_000,
  citizen: 30 * 24 * 3600_000,
};

export interface SessionRow {
  kind: SessionKind;
  subjectId: number;
  csrfToken: string;
}

export class SessionStore {
  constructor(private database: Database) {}

  async create(
    kind: SessionKind,
    subjectId: number,
    now: number,
  ): Promise<{ token: string; csrfToken: string }> {
    const token = randomToken();
    const csrfToken = randomToken(24);
    await this.database.k
      .insertInto('sessions')
      .values({
        id_hash: sha256Hex(token),
        kind,
        subject_id: subjectId,
        csrf_token: csrfToken,
        created_at: now,
        expires_at: now + TTL_MS[kind],
      })
      .execute();
    return { token, csrfToken };
  }

  async find(kind: SessionKind, token: string, now: number): Promise<SessionRow | null> {
    const row = await this.database.k
      .selectFrom('sessions')
      .select(['subject_id', 'csrf_token', 'expires_at'])
      .where('id_hash', '=', sha256Hex(token))
      .where('kind', '=', kind)
      .executeTakeFirst();
    if (!row || row.expires_at <= now) return null;
    return { kind, subjectId: row.subject_id, csrfToken: row.csrf_token };
  }

  async destroy(token: string): Promise<void> {
    await this.database.k.deleteFrom('sessions').where('id_hash', '=', sha256Hex(token)).execute();
  }

  /** Signs a subject out everywhere (after a password change, for instance). */
  async destroyAll(kind: SessionKind, subjectId: number, exceptToken?: string): Promise<void> {
    let q = this.database.k
      .deleteFrom('sessions')
      .where('kind', '=', kind)
      .where('subject_id', '=', subjectId);
    if (exceptToken) q = q.where('id_hash', '!=', sha256Hex(exceptToken));
    await q.execute();
  }

  async purgeExpired(now: number): Promise<void> {
    await this.database.k.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }
}

export function setSessionCookie(
  reply: FastifyReply,
  kind: SessionKind,
  token: string,
  secure: boolean,
): void {
  reply.setCookie(COOKIE[kind], token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: TTL_MS[kind] / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply, kind: SessionKind): void {
  reply.clearCookie(COOKIE[kind], { path: '/' });
}
