/** Builders shared by this module's tests (not imported by production code). */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import type { AppDeps } from '../../deps.js';
import { buildAccount, raisePushQuota } from '../../test/factories.js';
import { BODY, draft, publish, staffHeaders } from '../publishing/testing.js';

export { BODY };

/** A verified account with an admin and an editor, and one published article. */
export async function signedArticle(
  app: FastifyInstance,
  db: Database,
  deps: AppDeps,
  opts: { verified?: boolean; body?: Record<string, unknown> } = {},
) {
  const account = await buildAccount(db, { verified: opts.verified === false ? 0 : 1 });
  if (opts.verified !== false)
    await db.k
      .updateTable('accounts')
      .set({ verified_name: account.name })
      .where('id', '=', account.id)
      .execute();
  await raisePushQuota(db, account.id);
  const admin = await staffHeaders(db, deps, account.id, 'admin');
  const editor = await staffHeaders(db, deps, account.id, 'editor');
  const card = await publishNew(app, account.id, editor.headers, opts.body);
  return { account, admin, editor, card };
}

export async function publishNew(
  app: FastifyInstance,
  accountId: number,
  headers: Record<string, string>,
  body: Record<string, unknown> = {},
) {
  const res = await draft(app, accountId, headers, body);
  if (res.statusCode !== 201) throw new Error(`draft: ${res.statusCode} ${res.body}`);
  const published = await publish(app, accountId, res.json<{ id: number }>().id, headers);
  if (published.statusCode !== 200 && published.statusCode !== 201)
    throw new Error(`publish: ${published.statusCode} ${published.body}`);
  return published.json<{
    id: number;
    slug: string;
    url: string;
    signature?: {
      code: string;
      keyId: string;
      algorithm: string;
      value: string;
      signedAt: number;
      url: string;
    };
  }>();
}

export function verify(app: FastifyInstance, q: string, copy?: string) {
  return copy === undefined
    ? app.inject({ method: 'GET', url: `/api/signing/verify?q=${encodeURIComponent(q)}` })
    : app.inject({ method: 'POST', url: '/api/signing/verify', payload: { q, copy } });
}
