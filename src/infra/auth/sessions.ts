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

/** A signed-in citizen as the request hook needs it: who, and the CSRF token to compare. */
export interface CitizenSession {
  citizenId: number;
  phone: string;
  csrfToken: string;
}

/**
 * How long a citizen's session, once read, is answered from this process's memory. Signing
 * out through this process forgets it at once; a sign-out handled by another process
 * (scale-out) reaches this one within this bound. Expiry is checked on every request.
 */
export const CITIZEN_SESSION_CACHE_MS = 5_000;
/** Past this many remembered sessions, the stale ones are dropped (then all, if need be). */
const CITIZEN_SESSION_CACHE_MAX = 50_000;

interface CachedCitizen extends CitizenSession {
  idHash: string;
  expiresAt: number;
  readAt: number;
}

export class SessionStore {
  /** Citizen sessions by token hash (see CITIZEN_SESSION_CACHE_MS). */
  private citizens = new Map<string, CachedCitizen>();

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

  /**
   * The citizen behind a session cookie, for the request hook: a citizen writing many
   * messages is one database read every few seconds rather than two per request.
   */
  async findCitizen(token: string, now: number): Promise<CitizenSession | null> {
    const idHash = sha256Hex(token);
    let hit = this.citizens.get(idHash);
    if (!hit || now - hit.readAt >= CITIZEN_SESSION_CACHE_MS || now < hit.readAt) {
      const row = await this.database.k
        .selectFrom('sessions')
        .innerJoin('citizens', 'citizens.id', 'sessions.subject_id')
        .select(['citizens.id', 'citizens.phone', 'sessions.csrf_token', 'sessions.expires_at'])
        .where('sessions.id_hash', '=', idHash)
        .where('sessions.kind', '=', 'citizen')
        .executeTakeFirst();
      if (!row) {
        this.citizens.delete(idHash);
        return null;
      }
      hit = {
        idHash,
        citizenId: row.id,
        phone: row.phone,
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
        readAt: now,
      };
      this.remember(hit);
    }
    if (hit.expiresAt <= now) return null;
    return { citizenId: hit.citizenId, phone: hit.phone, csrfToken: hit.csrfToken };
  }

  private remember(entry: CachedCitizen): void {
    if (this.citizens.size >= CITIZEN_SESSION_CACHE_MAX) {
      for (const [k, e] of this.citizens)
        if (entry.readAt - e.readAt >= CITIZEN_SESSION_CACHE_MS) this.citizens.delete(k);
      if (this.citizens.size >= CITIZEN_SESSION_CACHE_MAX) this.citizens.clear();
    }
    this.citizens.set(entry.idHash, entry);
  }

  private forgetCitizens(match: (e: CachedCitizen) => boolean): void {
    for (const [k, e] of this.citizens) if (match(e)) this.citizens.delete(k);
  }

  async destroy(token: string): Promise<void> {
    const idHash = sha256Hex(token);
    this.citizens.delete(idHash);
    await this.database.k.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  /** Signs a subject out everywhere (after a password change, for instance). */
  async destroyAll(kind: SessionKind, subjectId: number, exceptToken?: string): Promise<void> {
    let q = this.database.k
      .deleteFrom('sessions')
      .where('kind', '=', kind)
      .where('subject_id', '=', subjectId);
    const except = exceptToken ? sha256Hex(exceptToken) : null;
    if (except) q = q.where('id_hash', '!=', except);
    if (kind === 'citizen') this.forgetCitizens((e) => e.citizenId === subjectId && e.idHash !== except);
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
