import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { follower, inboxAccount, reply, sendText, staffGet, staffPost, thread } from './testing.js';

describeEachDatabase('read receipts and canned replies', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  /** A citizen writes `text`; answers the conversation id. */
  async function ask(accountId: number, text: string) {
    const citizen = await follower(ctx.db, deps, accountId);
    const res = (await sendText(app, accountId, citizen.headers, text)).json();
    return { id: res.conversation.id as number, citizenId: citizen.id, headers: citizen.headers };
  }

  it('read receipts both ways: each side sees when the other read', async () => {
    const { account, responder } = await inboxAccount(ctx.db, deps);
    const c = await ask(account.id, '请尽快回复');
    let detail = (await staffGet(app, `/conversations/${c.id}`, responder.headers)).json();
    expect(detail.conversation.unread).toBe(1);
    const citizenMsg = detail.messages[0];
    const r = await staffPost(app, `/conversations/${c.id}/read`, responder.headers, {
      upToId: citizenMsg.id,
    });
    expect(r.statusCode).toBe(204);
    detail = (await staffGet(app, `/conversations/${c.id}`, responder.headers)).json();
    expect(detail.conversation.unread).toBe(0);
    const mine = (await thread(app, account.id, c.headers)).json().items[0];
    expect(mine.readAt).toEqual(expect.any(Number));
    const citizenEvents = await ctx.db.k
      .selectFrom('outbox')
      .select('payload')
      .where('room', '=', `citizen:${c.citizenId}`)
      .where('event', '=', 'conversation.read')
      .execute();
    expect(JSON.parse(citizenEvents[0]!.payload)).toMatchObject({
      reader: 'staff',
      upToId: citizenMsg.id,
      conversationId: c.id,
    });

    const answer = (await reply(app, c.id, responder.headers, '已处理')).json();
    expect(answer.readAt).toBeNull();
    const cr = await app.inject({
      method: 'POST',
      url: `/api/accounts/${account.id}/conversation/read`,
      headers: c.headers,
      payload: { upToId: answer.id },
    });
    expect(cr.statusCode).toBe(204);
    detail = (await staffGet(app, `/conversations/${c.id}`, responder.headers)).json();
    expect(detail.messages.at(-1).readAt).toEqual(expect.any(Number));
    const staffEvents = await ctx.db.k
      .selectFrom('outbox')
      .select('payload')
      .where('room', '=', `staff-account:${account.id}`)
      .where('event', '=', 'conversation.read')
      .execute();
    expect(staffEvents.map((e) => JSON.parse(e.payload))).toEqual([
      expect.objectContaining({ reader: 'citizen', upToId: answer.id, conversationId: c.id }),
    ]);
  });

  it('canned replies: responders read, admins write; audited', async () => {
    const { account, admin, responder } = await inboxAccount(ctx.db, deps);
    const base = `/api/console/accounts/${account.id}/canned-replies`;
    const created = await app.inject({
      method: 'POST',
      url: base,
      headers: admin.headers,
      payload: { title: '办公时间', text: '工作日 9:00—17:30' },
    });
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item).toEqual({ id: expect.any(Number), title: '办公时间', text: '工作日 9:00—17:30' });
    expect((await app.inject({ method: 'GET', url: base, headers: responder.headers })).json()).toEqual({
      items: [item],
    });
    const byResponder = await app.inject({
      method: 'POST',
      url: base,
      headers: responder.headers,
      payload: { title: 'x', text: 'y' },
    });
    expect(byResponder.statusCode).toBe(403);
    const updated = await app.inject({
      method: 'PUT',
      url: `${base}/${item.id}`,
      headers: admin.headers,
      payload: { title: '办公时间', text: '工作日 9:00—17:00' },
    });
    expect(updated.json().text).toBe('工作日 9:00—17:00');
    const other = await inboxAccount(ctx.db, deps);
    const crossAccount = await app.inject({
      method: 'PUT',
      url: `/api/console/accounts/${other.account.id}/canned-replies/${item.id}`,
      headers: other.admin.headers,
      payload: { title: 'a', text: 'b' },
    });
    expect(crossAccount.json().error.code).toBe('CANNED_REPLY_NOT_FOUND');
    expect(
      (await app.inject({ method: 'DELETE', url: `${base}/${item.id}`, headers: admin.headers })).statusCode,
    ).toBe(204);
    expect(
      (await app.inject({ method: 'DELETE', url: `${base}/${item.id}`, headers: admin.headers })).statusCode,
    ).toBe(404);
    const actions = await ctx.db.k
      .selectFrom('audit_log')
      .select('action')
      .where('target', '=', `canned_reply:${item.id}`)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'canned_reply.created',
      'canned_reply.updated',
      'canned_reply.deleted',
    ]);
  });
});
