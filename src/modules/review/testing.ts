/** Builders shared by the review module's tests (not imported by production code). */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import type { AppDeps } from '../../deps.js';
import { buildAccount } from '../../test/factories.js';
import { draft, staffHeaders, type Headers } from '../publishing/testing.js';

/** An account with an editor, a reviewer, a leader and an admin, each a different person. */
export async function reviewTeam(db: Database, deps: AppDeps) {
  const account = await buildAccount(db, { verified: 1 });
  const editor = await staffHeaders(db, deps, account.id, 'editor');
  const editor2 = await staffHeaders(db, deps, account.id, 'editor');
  const reviewer = await staffHeaders(db, deps, account.id, 'reviewer');
  const leader = await staffHeaders(db, deps, account.id, 'leader');
  const admin = await staffHeaders(db, deps, account.id, 'admin');
  return { account, editor, editor2, reviewer, leader, admin };
}

export function reviewApi(app: FastifyInstance, accountId: number) {
  const url = (articleId: number, rest: string) =>
    `/api/console/accounts/${accountId}/articles/${articleId}${rest}`;
  const post = (articleId: number, rest: string, headers: Headers, payload: Record<string, unknown> = {}) =>
    app.inject({ method: 'POST', url: url(articleId, rest), headers, payload });
  return {
    draft: async (headers: Headers, body: Record<string, unknown> = {}) =>
      (await draft(app, accountId, headers, body)).json() as { id: number; version: number; status: string },
    state: (articleId: number, headers: Headers) =>
      app.inject({ method: 'GET', url: url(articleId, '/review'), headers }),
    submit: (articleId: number, headers: Headers) => post(articleId, '/review/submit', headers),
    approve: (articleId: number, headers: Headers, comment?: string) =>
      post(articleId, '/review/approve', headers, comment ? { comment } : {}),
    reject: (articleId: number, headers: Headers, comment: string) =>
      post(articleId, '/review/reject', headers, { comment }),
    withdrawSubmission: (articleId: number, headers: Headers) => post(articleId, '/review/withdraw', headers),
    correct: (articleId: number, headers: Headers, patch: Record<string, unknown>) =>
      post(articleId, '/corrections', headers, patch),
    withdraw: (articleId: number, headers: Headers, reason?: string) =>
      post(articleId, '/withdraw', headers, reason ? { reason } : {}),
    edit: (articleId: number, headers: Headers, patch: Record<string, unknown>) =>
      app.inject({ method: 'PATCH', url: url(articleId, ''), headers, payload: patch }),
    publish: (articleId: number, headers: Headers) => post(articleId, '/publish', headers),
    versions: (articleId: number, headers: Headers) =>
      app.inject({ method: 'GET', url: url(articleId, '/versions'), headers }),
    diff: (articleId: number, headers: Headers, from: number, to: number) =>
      app.inject({ method: 'GET', url: url(articleId, `/versions/diff?from=${from}&to=${to}`), headers }),
    chains: (headers: Headers, chains?: Record<string, string[]>) =>
      chains
        ? app.inject({
            method: 'PUT',
            url: `/api/console/accounts/${accountId}/review-chains`,
            headers,
            payload: { chains },
          })
        : app.inject({ method: 'GET', url: `/api/console/accounts/${accountId}/review-chains`, headers }),
    queue: (headers: Headers) =>
      app.inject({ method: 'GET', url: `/api/console/accounts/${accountId}/review-queue`, headers }),
  };
}

/** Audit actions written for one article, in order. */
export async function auditActions(db: Database, articleId: number): Promise<string[]> {
  const rows = await db.k
    .selectFrom('audit_log')
    .select('action')
    .where('target', '=', `article:${articleId}`)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}
