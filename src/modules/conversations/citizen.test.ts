import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildAccount, buildCitizen, sessionHeaders } from '../../test/factories.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { sendCitizenMessage } from './sendCitizenMessage.js';
import {
  cid,
  countMessages,
  follower,
  inboxAccount,
  outboxOf,
  send,
  sendText,
  staffPost,
  thread,
} from './testing.js';

describeEachDatabase('citizen messages', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const convDeps = () => ({
    database: ctx.db,
    outbox: deps.outbox,
    commits: deps.commits,
    pseudonymKey: deps.secrets.pseudonymKey,
  });

  it('a text message is stored before the answer, opens a conversation and starts the clock', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const clientId = cid();
    const res = await sendText(app, account.id, citizen.headers, '  高考成绩什么时候公布？ ', clientId);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.message).toMatchObject({
      sender: 'citizen',
      senderName: null,
      kind: 'text',
      text: '高考成绩什么时候公布？',
      clientId,
      accountId: account.id,
      readAt: null,
    });
    expect(body.replies).toEqual([]);
    expect(body.conversation).toMatchObject({ id: body.message.conversationId, status: 'open' });
    expect(body.conversation.expectedReplyBy).toBeGreaterThan(Date.now());
    const stored = await ctx.db.k
      .selectFrom('conversation_messages')
      .select(['id', 'text'])
      .where('conversation_id', '=', body.conversation.id)
      .execute();
    expect(stored).toEqual([{ id: body.message.id, text: '高考成绩什么时候公布？' }]);
    const page = (await thread(app, account.id, citizen.headers)).json();
    expect(page.items.map((m: { id: number }) => m.id)).toEqual([body.message.id]);
    expect(page.conversation).toEqual(body.conversation);
  });

  it('sends a location and a menu click; a click is kept but never shown as a message', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const loc = await send(app, account.id, citizen.headers, {
      clientId: cid(),
      kind: 'location',
      lat: 32.1234,
      lng: 114.0567,
      label: '信阳市浉河区',
    });
    expect(loc.statusCode).toBe(200);
    expect(loc.json().message).toMatchObject({
      kind: 'location',
      text: null,
      location: { lat: 32.1234, lng: 114.0567, label: '信阳市浉河区' },
    });
    const click = await send(app, account.id, citizen.headers, {
      clientId: cid(),
      kind: 'event',
      key: 'GAOKAO_SCORE',
    });
    expect(click.statusCode).toBe(200);
    expect(click.json()).toMatchObject({ message: null, replies: [] });
    const items = (await thread(app, account.id, citizen.headers)).json().items;
    expect(items.map((m: { kind: string }) => m.kind)).toEqual(['location']);
    const conversationId = loc.json().conversation.id;
    expect(await countMessages(ctx.db, conversationId)).toBe(2);
  });

  it('the same clientId again answers the first message and writes nothing', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const clientId = cid();
    const first = await sendText(app, account.id, citizen.headers, '第一次', clientId);
    const outboxBefore = (await outboxOf(ctx.db, `citizen:${citizen.id}`)).length;
    const again = await sendText(app, account.id, citizen.headers, '第一次', clientId);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await countMessages(ctx.db, first.json().conversation.id)).toBe(1);
    expect((await outboxOf(ctx.db, `citizen:${citizen.id}`)).length).toBe(outboxBefore);
  });

  it('two concurrent sends with one clientId end with one row and the same answer', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const clientId = cid();
    const input = { clientId, kind: 'text' as const, text: '并发' };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        sendCitizenMessage(convDeps(), {
          accountId: account.id,
          citizenId: citizen.id,
          input,
          now: Date.now(),
        }),
      ),
    );
    const ids = new Set(results.map((r) => r.message?.id));
    expect(ids.size).toBe(1);
    const rows = await ctx.db.k
      .selectFrom('conversation_messages')
      .select('id')
      .where('citizen_id', '=', citizen.id)
      .execute();
    expect(rows).toHaveLength(1);
    const conversations = await ctx.db.k
      .selectFrom('conversations')
      .select('id')
      .where('citizen_id', '=', citizen.id)
      .execute();
    expect(conversations).toHaveLength(1);
  });

  it('concurrent first messages with different clientIds share one open conversation', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const results = await Promise.all(
      ['甲', '乙', '丙'].map((text) =>
        sendCitizenMessage(convDeps(), {
          accountId: account.id,
          citizenId: citizen.id,
          input: { clientId: cid(), kind: 'text', text },
          now: Date.now(),
        }),
      ),
    );
    expect(new Set(results.map((r) => r.conversation.id)).size).toBe(1);
    expect(await countMessages(ctx.db, results[0]!.conversation.id)).toBe(3);
  });

  it('the same clientId from another citizen, or to another account, is a different message', async () => {
    const a = await buildAccount(ctx.db);
    const b = await buildAccount(ctx.db);
    const one = await follower(ctx.db, deps, a.id);
    const two = await follower(ctx.db, deps, a.id);
    await ctx.db.k
      .insertInto('follows')
      .values({
        account_id: b.id,
        citizen_id: one.id,
        openid: `o-test-${one.id}-${b.id}`,
        followed_at: 1,
        last_read_seq: 0,
        scene: null,
      })
      .execute();
    const clientId = cid();
    const r1 = (await sendText(app, a.id, one.headers, '一', clientId)).json();
    const r2 = (await sendText(app, a.id, two.headers, '二', clientId)).json();
    const r3 = (await sendText(app, b.id, one.headers, '三', clientId)).json();
    expect(new Set([r1.message.id, r2.message.id, r3.message.id]).size).toBe(3);
  });

  it('needs a citizen session and a follow', async () => {
    const account = await buildAccount(ctx.db);
    const anonymous = await sendText(app, account.id, {}, '你好');
    expect(anonymous.statusCode).toBe(401);
    const citizen = await buildCitizen(ctx.db);
    const headers = { ...(await sessionHeaders(deps.sessions, 'citizen', citizen.id)) };
    const res = await sendText(app, account.id, headers, '你好');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('NOT_FOLLOWING');
    expect((await thread(app, account.id, {})).statusCode).toBe(401);
  });

  it('refuses empty and over-long text and bad locations, naming the field', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const empty = await sendText(app, account.id, citizen.headers, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'MESSAGE_EMPTY', field: 'text' });
    const long = await sendText(app, account.id, citizen.headers, '长'.repeat(2001));
    expect(long.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'text' });
    expect((await sendText(app, account.id, citizen.headers, '长'.repeat(2000))).statusCode).toBe(200);
    const lat = await send(app, account.id, citizen.headers, {
      clientId: cid(),
      kind: 'location',
      lat: 91,
      lng: 0,
    });
    expect(lat.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'lat' });
    const label = await send(app, account.id, citizen.headers, {
      clientId: cid(),
      kind: 'location',
      lat: 1,
      lng: -181,
    });
    expect(label.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'lng' });
    const badId = await send(app, account.id, citizen.headers, {
      clientId: 'short',
      kind: 'text',
      text: '嗯',
    });
    expect(badId.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'clientId' });
    const badKind = await send(app, account.id, citizen.headers, { clientId: cid(), kind: 'video' });
    expect(badKind.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'kind' });
    const longVoice = await send(app, account.id, citizen.headers, {
      clientId: cid(),
      kind: 'voice',
      mediaId: 1,
      durationMs: 60_001,
    });
    expect(longVoice.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'durationMs' });
  });

  it('refuses more than 20 messages a minute to one account with 429 and Retry-After; retries still answer', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    // The limit counts in fixed minute windows on the real clock: start the 21 sends early in
    // a minute, so a window turning over midway (a busy machine) cannot let the 21st through.
    const intoMinute = deps.clock.now() % 60_000;
    if (intoMinute > 30_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 50));
    const first = cid();
    for (let i = 0; i < 20; i++) {
      const res = await sendText(app, account.id, citizen.headers, `第${i}条`, i === 0 ? first : cid());
      expect(res.statusCode, `message ${i}`).toBe(200);
    }
    const refused = await sendText(app, account.id, citizen.headers, '第21条');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A retry of a stored message is an answer, not a new message: never refused.
    expect((await sendText(app, account.id, citizen.headers, '第0条', first)).statusCode).toBe(200);
  }, 90_000);

  it('after the staff close a conversation, the next message opens a new one; the thread shows both', async () => {
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const first = (await sendText(app, account.id, citizen.headers, '第一个问题')).json();
    const closed = await staffPost(app, `/conversations/${first.conversation.id}/close`, admin.headers);
    expect(closed.json().status).toBe('closed');
    const second = (await sendText(app, account.id, citizen.headers, '第二个问题')).json();
    expect(second.conversation.id).not.toBe(first.conversation.id);
    const page = (await thread(app, account.id, citizen.headers)).json();
    expect(page.items.map((m: { text: string }) => m.text)).toEqual([
      '第一个问题',
      '本次会话已结束。如有新的问题，欢迎随时留言。',
      '第二个问题',
    ]);
    expect(page.conversation.id).toBe(second.conversation.id);
  });

  it('pages the thread backwards with before/nextCursor, oldest first within a page', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    for (const t of ['1', '2', '3', '4', '5']) await sendText(app, account.id, citizen.headers, t);
    const p1 = (await thread(app, account.id, citizen.headers, '?limit=2')).json();
    expect(p1.items.map((m: { text: string }) => m.text)).toEqual(['4', '5']);
    const p2 = (await thread(app, account.id, citizen.headers, `?limit=2&before=${p1.nextCursor}`)).json();
    expect(p2.items.map((m: { text: string }) => m.text)).toEqual(['2', '3']);
    const p3 = (await thread(app, account.id, citizen.headers, `?limit=2&before=${p2.nextCursor}`)).json();
    expect(p3.items.map((m: { text: string }) => m.text)).toEqual(['1']);
    expect(p3.nextCursor).toBeNull();
  });

  it("a citizen never sees another citizen's conversation", async () => {
    const account = await buildAccount(ctx.db);
    const one = await follower(ctx.db, deps, account.id);
    const two = await follower(ctx.db, deps, account.id);
    await sendText(app, account.id, one.headers, '我的隐私问题');
    const other = (await thread(app, account.id, two.headers)).json();
    expect(other).toEqual({ items: [], nextCursor: null, conversation: null });
  });

  it('an unknown or suspended account is ACCOUNT_NOT_FOUND', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    await ctx.db.k
      .updateTable('accounts')
      .set({ status: 'suspended' })
      .where('id', '=', account.id)
      .execute();
    expect((await sendText(app, account.id, citizen.headers, '在吗')).json().error.code).toBe(
      'ACCOUNT_NOT_FOUND',
    );
    expect((await sendText(app, 99_999_999, citizen.headers, '在吗')).statusCode).toBe(404);
    expect((await thread(app, 'abc' as unknown as number, citizen.headers)).statusCode).toBe(404);
  });

  it('every new message reaches the citizen and the inbox of the account through the outbox', async () => {
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const sent = (await sendText(app, account.id, citizen.headers, '实时')).json();
    const mine = await outboxOf(ctx.db, `citizen:${citizen.id}`);
    expect(mine.map((e) => e.event)).toEqual(['message.created', 'conversation.status']);
    expect(mine[0]!.data).toEqual(sent.message);
    expect(mine[1]!.data).toEqual({
      accountId: account.id,
      conversationId: sent.conversation.id,
      status: 'open',
      expectedReplyBy: sent.conversation.expectedReplyBy,
    });
    const staff = await outboxOf(ctx.db, `staff-account:${account.id}`);
    expect(staff.map((e) => e.event)).toEqual(['message.created', 'conversation.updated']);
    expect(staff[1]!.data).toMatchObject({ id: sent.conversation.id, waiting: true, unread: 1 });
  });
});
