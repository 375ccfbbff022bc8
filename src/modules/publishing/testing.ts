/** Builders shared by this module's tests (not imported by production code). */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import type { StaffRole } from '../../db/schema.js';
import type { AppDeps } from '../../deps.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';

/** Cookie + CSRF headers, as a plain record `inject()` accepts. */
export type Headers = Record<string, string>;

export async function staffHeaders(
  db: Database,
  deps: AppDeps,
  accountId: number,
  ...roles: StaffRole[]
): Promise<{ id: number; headers: Headers }> {
  const user = await buildStaff(db, { roles: roles.map((r) => [accountId, r] as [number, StaffRole]) });
  return { id: user.id, headers: { ...(await sessionHeaders(deps.sessions, 'staff', user.id)) } };
}

/** An account with an editor signed in. */
export async function accountWithEditor(db: Database, deps: AppDeps) {
  const account = await buildAccount(db, { verified: 1 });
  const editor = await staffHeaders(db, deps, account.id, 'editor');
  return { account, editor };
}

export const BODY = '<p>为方便群众办事，现将有关事项通知如下。</p><p>一、办理时间：工作日 9:00—17:00。</p>';

export async function draft(
  app: FastifyInstance,
  accountId: number,
  headers: Headers,
  body: Record<string, unknown> = {},
) {
  return app.inject({
    method: 'POST',
    url: `/api/console/accounts/${accountId}/articles`,
    headers,
    payload: { title: '关于办事时间的通知', bodyHtml: BODY, ...body },
  });
}

export function publish(app: FastifyInstance, accountId: number, articleId: number, headers: Headers) {
  return app.inject({
    method: 'POST',
    url: `/api/console/accounts/${accountId}/articles/${articleId}/publish`,
    headers,
  });
}

/** A multipart/form-data request body with one file field. */
export function multipartBody(field: string, filename: string, content: Buffer, contentType: string) {
  const boundary = `----zwtest${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
