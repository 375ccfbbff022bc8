/** Builders shared by this module's tests (not imported by production code). */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import type { AppDeps } from '../../deps.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { pdf } from '../publishing/mediaFixtures.js';
import { multipartBody, staffHeaders, type Headers } from '../publishing/testing.js';

export const VALID_CODE = '91350100M000100Y43';
export const VALID_CODE_2 = '11410000005184617' + '0';

/** An unverified account with an admin and an editor, and a platform admin. */
export async function verificationTeam(db: Database, deps: AppDeps, name?: string) {
  const account = await buildAccount(db, name ? { name } : {});
  const admin = await staffHeaders(db, deps, account.id, 'admin');
  const editor = await staffHeaders(db, deps, account.id, 'editor');
  const platform = await buildStaff(db, { isPlatformAdmin: true });
  const reviewer = {
    id: platform.id,
    headers: { ...(await sessionHeaders(deps.sessions, 'staff', platform.id)) },
  };
  return { account, admin, editor, reviewer };
}

export function verificationApi(app: FastifyInstance, accountId: number) {
  const base = `/api/console/accounts/${accountId}/verification`;
  const review = '/api/console/verification-review';
  return {
    state: (h: Headers) => app.inject({ method: 'GET', url: base, headers: h }),
    upload: (h: Headers, content: Buffer = pdf(), type = 'application/pdf', name = '授权书.pdf') => {
      const body = multipartBody('file', name, content, type);
      return app.inject({
        method: 'POST',
        url: `${base}/letters`,
        headers: { ...h, 'content-type': body.contentType },
        payload: body.payload,
      });
    },
    apply: (h: Headers, body: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: base, headers: h, payload: body }),
    edit: (h: Headers, id: number, body: Record<string, unknown>) =>
      app.inject({ method: 'PUT', url: `${base}/${id}`, headers: h, payload: body }),
    withdraw: (h: Headers, id: number) =>
      app.inject({ method: 'POST', url: `${base}/${id}/withdraw`, headers: h }),
    queue: (h: Headers, q = '') => app.inject({ method: 'GET', url: `${review}${q}`, headers: h }),
    detail: (h: Headers, id: number) => app.inject({ method: 'GET', url: `${review}/${id}`, headers: h }),
    requestChanges: (h: Headers, id: number, reason: string) =>
      app.inject({ method: 'POST', url: `${review}/${id}/request-changes`, headers: h, payload: { reason } }),
    reject: (h: Headers, id: number, reason: string) =>
      app.inject({ method: 'POST', url: `${review}/${id}/reject`, headers: h, payload: { reason } }),
    approve: (h: Headers, id: number) =>
      app.inject({ method: 'POST', url: `${review}/${id}/approve`, headers: h, payload: {} }),
  };
}

/** Uploads a letter and applies; returns the application id. */
export async function applyWithLetter(
  app: FastifyInstance,
  accountId: number,
  admin: Headers,
  fields: Partial<{ requestedName: string; creditCode: string }> & { requestedName: string },
): Promise<number> {
  const api = verificationApi(app, accountId);
  const letter = await api.upload(admin);
  if (letter.statusCode !== 201) throw new Error(`upload: ${letter.statusCode} ${letter.body}`);
  const res = await api.apply(admin, {
    creditCode: VALID_CODE,
    letterId: letter.json<{ id: number }>().id,
    operatorName: '张三',
    operatorPhone: '0371-65900000',
    ...fields,
  });
  if (res.statusCode !== 201) throw new Error(`apply: ${res.statusCode} ${res.body}`);
  return res.json<{ id: number }>().id;
}

export async function notificationsOf(db: Database, userId: number, kind: string) {
  return db.k
    .selectFrom('staff_notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', kind as never)
    .execute();
}

export async function accountRow(db: Database, id: number) {
  return db.k.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
