/** Builders shared by the push and Web Push tests (not imported by production code). */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import type { StaffRole } from '../../db/schema.js';
import type { AppDeps } from '../../deps.js';
import { randomSlug } from '../../infra/crypto.js';
import {
  buildAccount,
  buildCitizen,
  buildStaff,
  ensureRegion,
  sessionHeaders,
} from '../../test/factories.js';

export type Headers = Record<string, string>;

export async function staffOf(db: Database, deps: AppDeps, accountId: number, ...roles: StaffRole[]) {
  const user = await buildStaff(db, { roles: roles.map((r) => [accountId, r] as [number, StaffRole]) });
  return { id: user.id, headers: { ...(await sessionHeaders(deps.sessions, 'staff', user.id)) } as Headers };
}

/** An account with a signed-in editor; the quota stays at its default unless a test raises it. */
export async function accountWithEditor(db: Database, deps: AppDeps) {
  const account = await buildAccount(db, { verified: 1 });
  const editor = await staffOf(db, deps, account.id, 'editor');
  return { account, editor };
}

/** An approved article (review passed), written directly: these tests are about releasing. */
export async function approvedArticle(db: Database, accountId: number, createdBy: number, title?: string) {
  const now = Date.now();
  const row = await db.k
    .insertInto('articles')
    .values({
      account_id: accountId,
      title: title ?? `通知 ${randomSlug(6)}`,
      author: '',
      summary: '摘要',
      body_html: '<p>正文</p>',
      cover_media_id: null,
      tier: 2,
      status: 'approved',
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning(['id', 'title'])
    .executeTakeFirstOrThrow();
  return row;
}

/** A signed-in follower of the account, with a home region and the account's tags given. */
export async function follower(
  db: Database,
  deps: AppDeps,
  accountId: number,
  opts: { region?: string | null; tagIds?: number[] } = {},
) {
  const citizen = await buildCitizen(db);
  if (opts.region) {
    await ensureRegion(db, opts.region, `地区${opts.region}`);
    await db.k
      .updateTable('citizens')
      .set({ region_code: opts.region })
      .where('id', '=', citizen.id)
      .execute();
  }
  await db.k
    .insertInto('follows')
    .values({
      account_id: accountId,
      citizen_id: citizen.id,
      openid: `o${randomSlug(12)}`,
      followed_at: Date.now(),
      last_read_seq: 0,
      scene: null,
    })
    .execute();
  for (const tagId of opts.tagIds ?? []) {
    await db.k
      .insertInto('follower_tag_members')
      .values({ account_id: accountId, tag_id: tagId, citizen_id: citizen.id, tagged_at: Date.now() })
      .execute();
  }
  return {
    id: citizen.id,
    headers: { ...(await sessionHeaders(deps.sessions, 'citizen', citizen.id)) } as Headers,
  };
}

export async function tag(db: Database, accountId: number, name = `标签${randomSlug(4)}`): Promise<number> {
  const row = await db.k
    .insertInto('follower_tags')
    .values({ account_id: accountId, name, created_at: Date.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function postPush(
  app: FastifyInstance,
  accountId: number,
  headers: Headers,
  payload: Record<string, unknown>,
) {
  return app.inject({ method: 'POST', url: `/api/console/accounts/${accountId}/pushes`, headers, payload });
}

/** What a citizen sees of an account: thread titles, feed titles, and the home row. */
export async function citizenView(app: FastifyInstance, accountId: number, headers: Headers) {
  // Home first: reading the thread marks everything read.
  const home = (await app.inject({ method: 'GET', url: '/api/me/home', headers })).json() as {
    items: Array<{ account: { id: number }; latest: { title: string } | null; unread: number }>;
  };
  const row = home.items.find((i) => i.account.id === accountId);
  const feed = (await app.inject({ method: 'GET', url: '/api/me/feed', headers })).json() as {
    items: Array<{ title: string }>;
  };
  const thread = (
    await app.inject({ method: 'GET', url: `/api/accounts/${accountId}/thread`, headers })
  ).json() as {
    items: Array<{ title: string }>;
  };
  return {
    thread: thread.items.map((i) => i.title),
    feed: feed.items.map((i) => i.title),
    latest: row?.latest?.title ?? null,
    unread: row?.unread ?? 0,
  };
}
