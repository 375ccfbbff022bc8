/** Builders shared by the menus and audience tests (not imported by production code). */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import type { AppDeps } from '../../deps.js';
import { buildCitizen, sessionHeaders } from '../../test/factories.js';
import { draft, publish, type Headers } from '../publishing/testing.js';

export { staffHeaders, type Headers } from '../publishing/testing.js';

/** A signed-in citizen following the account, with the openid staff see. */
export async function buildFollower(app: FastifyInstance, deps: AppDeps, db: Database, accountId: number) {
  const citizen = await buildCitizen(db);
  const headers: Headers = { ...(await sessionHeaders(deps.sessions, 'citizen', citizen.id)) };
  const res = await app.inject({
    method: 'POST',
    url: `/api/accounts/${accountId}/follow`,
    headers,
    payload: {},
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  const { openid } = await db.k
    .selectFrom('follows')
    .select('openid')
    .where('account_id', '=', accountId)
    .where('citizen_id', '=', citizen.id)
    .executeTakeFirstOrThrow();
  return { citizenId: citizen.id, headers, openid };
}

/** Publishes an article on the account through the console API; answers its slug. */
export async function publishArticle(
  app: FastifyInstance,
  accountId: number,
  editor: Headers,
): Promise<string> {
  const created = await draft(app, accountId, editor);
  const res = await publish(app, accountId, created.json().id, editor);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().slug as string;
}

/** A tag of the account, written directly (the tag API has tests of its own). */
export async function buildTag(
  db: Database,
  accountId: number,
  name = `标签${Math.random().toString(36).slice(2, 8)}`,
) {
  return db.k
    .insertInto('follower_tags')
    .values({ account_id: accountId, name, created_at: Date.now() })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

export async function tagCitizen(db: Database, accountId: number, tagId: number, citizenId: number) {
  await db.k
    .insertInto('follower_tag_members')
    .values({ account_id: accountId, tag_id: tagId, citizen_id: citizenId, tagged_at: Date.now() })
    .execute();
}
