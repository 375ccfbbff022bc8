/** Builders shared by this module's tests (not imported by production code). */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import type { StaffRole } from '../../db/schema.js';
import type { AppDeps } from '../../deps.js';
import { buildAccount, buildCitizen, buildStaff } from '../../test/factories.js';
import { openidFor } from '../follows/openid.js';

export type Headers = Record<string, string>;

let n = 0;
/** A fresh, valid clientId. */
export function cid(prefix = 'msg'): string {
  return `${prefix}-${Date.now().toString(36)}-${(++n).toString(36)}`.slice(0, 64).padEnd(8, '0');
}

/** Session headers created at the app's own clock (tests with a ManualClock move it far). */
export async function headersFor(deps: AppDeps, kind: 'staff' | 'citizen', id: number): Promise<Headers> {
  const { token, csrfToken } = await deps.sessions.create(kind, id, deps.clock.now());
  return { cookie: `${kind === 'staff' ? 'zw_staff' : 'zw_citizen'}=${token}`, 'x-csrf-token': csrfToken };
}

/** A signed-in citizen who follows the account (follow row written directly: no greeting). */
export async function follower(db: Database, deps: AppDeps, accountId: number) {
  const citizen = await buildCitizen(db);
  await db.k
    .insertInto('follows')
    .values({
      account_id: accountId,
      citizen_id: citizen.id,
      openid: openidFor(deps.secrets.pseudonymKey, accountId, citizen.id),
      followed_at: Date.now(),
      last_read_seq: 0,
      scene: null,
    })
    .execute();
  return {
    id: citizen.id,
    headers: await headersFor(deps, 'citizen', citizen.id),
  };
}

export async function staffOf(db: Database, deps: AppDeps, accountId: number, ...roles: StaffRole[]) {
  const user = await buildStaff(db, { roles: roles.map((r) => [accountId, r] as [number, StaffRole]) });
  return {
    id: user.id,
    username: user.username,
    headers: await headersFor(deps, 'staff', user.id),
  };
}

/** An account with an admin and a responder signed in. */
export async function inboxAccount(
  db: Database,
  deps: AppDeps,
  overrides: Parameters<typeof buildAccount>[1] = {},
) {
  const account = await buildAccount(db, overrides);
  const admin = await staffOf(db, deps, account.id, 'admin');
  const responder = await staffOf(db, deps, account.id, 'responder');
  return { account, admin, responder };
}

export function send(
  app: FastifyInstance,
  accountId: number,
  headers: Headers,
  body: Record<string, unknown>,
) {
  return app.inject({ method: 'POST', url: `/api/accounts/${accountId}/messages`, headers, payload: body });
}

export function sendText(
  app: FastifyInstance,
  accountId: number,
  headers: Headers,
  text: string,
  clientId = cid(),
) {
  return send(app, accountId, headers, { clientId, kind: 'text', text });
}

export function thread(app: FastifyInstance, accountId: number, headers: Headers, query = '') {
  return app.inject({ method: 'GET', url: `/api/accounts/${accountId}/conversation${query}`, headers });
}

export function staffGet(app: FastifyInstance, url: string, headers: Headers) {
  return app.inject({ method: 'GET', url: `/api/console${url}`, headers });
}

export function staffPost(
  app: FastifyInstance,
  url: string,
  headers: Headers,
  payload?: Record<string, unknown>,
) {
  return app.inject({ method: 'POST', url: `/api/console${url}`, headers, ...(payload ? { payload } : {}) });
}

export function reply(
  app: FastifyInstance,
  conversationId: number,
  headers: Headers,
  text: string,
  clientId = cid('s'),
) {
  return staffPost(app, `/conversations/${conversationId}/messages`, headers, {
    clientId,
    kind: 'text',
    text,
  });
}

/** Outbox rows of a room, oldest first, with parsed payloads. */
export async function outboxOf(db: Database, room: string) {
  const rows = await db.k
    .selectFrom('outbox')
    .select(['event', 'payload'])
    .where('room', '=', room)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ event: r.event, data: JSON.parse(r.payload) as Record<string, unknown> }));
}

export async function countMessages(db: Database, conversationId: number): Promise<number> {
  const row = await db.k
    .selectFrom('conversation_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conversation_id', '=', conversationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
