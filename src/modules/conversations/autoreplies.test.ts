/**
 * Automatic replies inside conversations. In the first suite the engine's choice is stubbed
 * (its own rules are the autoreplies module's tests): what is tested is what this module does
 * with it — the same transaction, the `auto` messages, the hourly default-reply throttle,
 * which inputs get which replies, and the clock. The second suite runs real rules end to end.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildCitizen } from '../../test/factories.js';
import { AutoReplyEngine, type ChosenReply, type ReplyInput } from '../autoreplies/engine.js';
import { AutoRepliesRepository } from '../autoreplies/repository.js';
import { setReplySet } from '../autoreplies/setReplySet.js';
import { buildRule } from '../autoreplies/testing.js';
import { solidPng } from '../publishing/png.js';
import { multipartBody } from '../publishing/testing.js';
import {
  cid,
  follower,
  headersFor,
  inboxAccount,
  outboxOf,
  send,
  sendText,
  staffGet,
  thread,
} from './testing.js';

const KEYWORD: ChosenReply = {
  ruleId: 7,
  reason: 'keyword',
  matched: { keyword: '成绩', matchType: 'contains' },
  messages: [
    { kind: 'text', text: '高考成绩将于6月25日公布。' },
    { kind: 'link', title: '成绩查询入口', url: '/accounts/henan-edu/hotlines' },
  ],
};
const DEFAULT: ChosenReply = {
  ruleId: null,
  reason: 'default',
  messages: [{ kind: 'text', text: '您好，留言已收到。' }],
};
const GREETING: ChosenReply = {
  ruleId: null,
  reason: 'greeting',
  messages: [
    { kind: 'text', text: '感谢关注！回复数字1—5获取服务。' },
    { kind: 'articles', articles: [{ title: '办事指南', summary: '摘要', coverUrl: null, url: '/a/abc' }] },
  ],
};

/** Keyword for "成绩" and the GAOKAO_SCORE click, greeting on follow, default otherwise. */
function engineStub(_accountId: number, input: ReplyInput): Promise<ChosenReply | null> {
  if (input.kind === 'event' && input.event === 'subscribe') return Promise.resolve(GREETING);
  if (input.kind === 'event') return Promise.resolve(input.key === 'GAOKAO_SCORE' ? KEYWORD : null);
  return Promise.resolve(input.text.includes('成绩') ? KEYWORD : DEFAULT);
}

describeEachDatabase('automatic replies in conversations', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 2, 0, 0));
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const stub = () => vi.spyOn(AutoReplyEngine.prototype, 'choose').mockImplementation(engineStub);
  const pendingJobs = (conversationId: number) =>
    ctx.db.k
      .selectFrom('jobs')
      .select('key')
      .where('key', 'like', `conv:${conversationId}:%`)
      .where('status', '=', 'pending')
      .execute();

  it('a keyword reply is stored as automatic messages with the question, and replayed on retry', async () => {
    const spy = stub();
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const clientId = cid();
    const res = (await sendText(app, account.id, citizen.headers, '成绩什么时候出', clientId)).json();
    expect(spy).toHaveBeenCalledWith(
      account.id,
      { kind: 'text', text: '成绩什么时候出' },
      expect.objectContaining({ k: expect.anything() }),
    );
    expect(res.replies).toMatchObject([
      {
        sender: 'auto',
        senderName: account.name,
        kind: 'text',
        text: '高考成绩将于6月25日公布。',
        clientId: null,
      },
      {
        sender: 'auto',
        kind: 'link',
        text: '成绩查询入口',
        link: { title: '成绩查询入口', url: '/accounts/henan-edu/hotlines' },
      },
    ]);
    // Auto replies do not answer for the staff: the clock runs.
    expect(res.conversation.expectedReplyBy).toEqual(expect.any(Number));
    const again = (await sendText(app, account.id, citizen.headers, '成绩什么时候出', clientId)).json();
    expect(again).toEqual(res);
    expect(spy).toHaveBeenCalledTimes(1);
    const items = (await thread(app, account.id, citizen.headers)).json().items;
    expect(items.map((m: { sender: string }) => m.sender)).toEqual(['citizen', 'auto', 'auto']);
    const events = await outboxOf(ctx.db, `citizen:${citizen.id}`);
    expect(events.filter((e) => e.event === 'message.created')).toHaveLength(3);
  });

  it('the question and its answer commit together: an engine failure stores neither', async () => {
    vi.spyOn(AutoReplyEngine.prototype, 'choose').mockRejectedValue(new Error('engine down'));
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const res = await sendText(app, account.id, citizen.headers, '你好');
    expect(res.statusCode).toBe(500);
    const rows = await ctx.db.k
      .selectFrom('conversation_messages')
      .select('id')
      .where('citizen_id', '=', citizen.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('the default reply reaches one citizen at most once an hour', async () => {
    stub();
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const texts = async (t: string) =>
      (await sendText(app, account.id, citizen.headers, t))
        .json()
        .replies.map((m: { text: string }) => m.text);
    expect(await texts('在吗')).toEqual(['您好，留言已收到。']);
    expect(await texts('有人吗')).toEqual([]);
    // A keyword still answers inside the hour.
    expect(await texts('查成绩')).toHaveLength(2);
    clock.advance(61 * 60_000);
    expect(await texts('还在吗')).toEqual(['您好，留言已收到。']);
    const other = await follower(ctx.db, deps, account.id);
    expect((await sendText(app, account.id, other.headers, '在吗')).json().replies).toHaveLength(1);
  });

  it('images, voice and locations get only the default reply', async () => {
    const spy = stub();
    const account = await buildAccount(ctx.db);
    const citizen = await follower(ctx.db, deps, account.id);
    const loc = (
      await send(app, account.id, citizen.headers, { clientId: cid(), kind: 'location', lat: 30, lng: 114 })
    ).json();
    expect(loc.replies.map((m: { text: string }) => m.text)).toEqual(['您好，留言已收到。']);
    // Even if a rule would match the empty text, a picture is not a keyword.
    spy.mockResolvedValue(KEYWORD);
    const { payload, contentType } = multipartBody('file', 'a.png', solidPng(2, 2, [5, 5, 5]), 'image/png');
    const media = (
      await app.inject({
        method: 'POST',
        url: `/api/accounts/${account.id}/messages/media`,
        headers: { ...citizen.headers, 'content-type': contentType },
        payload,
      })
    ).json();
    const img = (
      await send(app, account.id, citizen.headers, { clientId: cid(), kind: 'image', mediaId: media.mediaId })
    ).json();
    expect(img.replies).toEqual([]);
  });

  it('a menu click answered by a keyword rule is not a message, starts no clock and stays out of the inbox', async () => {
    stub();
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const click = (
      await send(app, account.id, citizen.headers, { clientId: cid(), kind: 'event', key: 'GAOKAO_SCORE' })
    ).json();
    expect(click.message).toBeNull();
    expect(click.replies.map((m: { text: string }) => m.text)).toEqual([
      '高考成绩将于6月25日公布。',
      '成绩查询入口',
    ]);
    expect(click.conversation.expectedReplyBy).toBeNull();
    expect(await pendingJobs(click.conversation.id)).toEqual([]);
    const inbox = (await staffGet(app, `/accounts/${account.id}/conversations`, admin.headers)).json();
    expect(inbox.items).toEqual([]);
    expect(await outboxOf(ctx.db, `staff-account:${account.id}`)).toEqual([]);
    // An unbound key: nothing to say, nothing shown.
    const nothing = (
      await send(app, account.id, citizen.headers, { clientId: cid(), kind: 'event', key: 'UNKNOWN' })
    ).json();
    expect(nothing).toMatchObject({ message: null, replies: [] });
    // Once the citizen writes, the conversation enters the inbox and staff see the clicks too.
    await sendText(app, account.id, citizen.headers, '查不到成绩');
    // The keyword answer that followed does not hide the question in the inbox row.
    const row = (await staffGet(app, `/accounts/${account.id}/conversations`, admin.headers)).json().items[0];
    expect(row.lastMessage).toMatchObject({ sender: 'citizen', preview: '查不到成绩' });
    const detail = (await staffGet(app, `/conversations/${click.conversation.id}`, admin.headers)).json();
    expect(detail.messages.map((m: { kind: string }) => m.kind)).toEqual([
      'event',
      'text',
      'link',
      'event',
      'text',
      'text',
      'link',
    ]);
  });

  it('following delivers the greeting as automatic messages, with no clock and no inbox row', async () => {
    stub();
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const citizen = await buildCitizen(ctx.db);
    const headers = await headersFor(deps, 'citizen', citizen.id);
    const follow = await app.inject({
      method: 'POST',
      url: `/api/accounts/${account.id}/follow`,
      headers,
      payload: {},
    });
    expect(follow.statusCode).toBe(200);
    const view = (await thread(app, account.id, headers)).json();
    expect(view.items.map((m: { sender: string; kind: string }) => [m.sender, m.kind])).toEqual([
      ['auto', 'text'],
      ['auto', 'articles'],
    ]);
    expect(view.conversation).toMatchObject({ status: 'open', expectedReplyBy: null });
    expect(await pendingJobs(view.conversation.id)).toEqual([]);
    expect(
      (await staffGet(app, `/accounts/${account.id}/conversations`, admin.headers)).json().items,
    ).toEqual([]);
    // Following again changes nothing; unfollowing and following anew greets again, as WeChat does.
    await app.inject({ method: 'POST', url: `/api/accounts/${account.id}/follow`, headers, payload: {} });
    expect((await thread(app, account.id, headers)).json().items).toHaveLength(2);
    await app.inject({ method: 'DELETE', url: `/api/accounts/${account.id}/follow`, headers });
    await app.inject({ method: 'POST', url: `/api/accounts/${account.id}/follow`, headers, payload: {} });
    expect((await thread(app, account.id, headers)).json().items).toHaveLength(4);
  });

  it('an account without a greeting opens no conversation on follow', async () => {
    vi.spyOn(AutoReplyEngine.prototype, 'choose').mockResolvedValue(null);
    const account = await buildAccount(ctx.db);
    const citizen = await buildCitizen(ctx.db);
    const headers = await headersFor(deps, 'citizen', citizen.id);
    await app.inject({ method: 'POST', url: `/api/accounts/${account.id}/follow`, headers, payload: {} });
    const rows = await ctx.db.k
      .selectFrom('conversations')
      .select('id')
      .where('citizen_id', '=', citizen.id)
      .execute();
    expect(rows).toEqual([]);
  });
});

describeEachDatabase('automatic replies with real rules', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  it('a keyword rule answers a text and a menu click; the greeting and the default reply come from the account', async () => {
    const account = await buildAccount(ctx.db);
    const repo = AutoRepliesRepository.of(ctx.db);
    await buildRule(ctx.db, account.id, ['1', 'GAOKAO_SCORE'], {
      replies: [{ kind: 'text', text: '河南教育最新资讯' }],
    });
    const now = Date.now();
    await setReplySet(repo, {
      accountId: account.id,
      which: 'greeting',
      input: { enabled: true, replies: [{ kind: 'text', text: '感谢关注河南省教育厅！' }] },
      actorId: null,
      now,
    });
    await setReplySet(repo, {
      accountId: account.id,
      which: 'default',
      input: { enabled: true, replies: [{ kind: 'text', text: '留言已收到，我们将尽快回复。' }] },
      actorId: null,
      now,
    });

    const citizen = await buildCitizen(ctx.db);
    const headers = await headersFor(deps, 'citizen', citizen.id);
    await app.inject({ method: 'POST', url: `/api/accounts/${account.id}/follow`, headers, payload: {} });
    const keyword = (await sendText(app, account.id, headers, '1')).json();
    const click = (
      await send(app, account.id, headers, { clientId: cid(), kind: 'event', key: 'GAOKAO_SCORE' })
    ).json();
    const other = (await sendText(app, account.id, headers, '请问学籍怎么转')).json();
    const texts = (r: { replies: Array<{ text: string }> }) => r.replies.map((m) => m.text);
    expect(texts(keyword)).toEqual(['河南教育最新资讯']);
    expect(texts(click)).toEqual(['河南教育最新资讯']);
    expect(texts(other)).toEqual(['留言已收到，我们将尽快回复。']);
    const view = (await thread(app, account.id, headers)).json();
    expect(view.items.map((m: { sender: string; text: string }) => `${m.sender}:${m.text}`)).toEqual([
      'auto:感谢关注河南省教育厅！',
      'citizen:1',
      'auto:河南教育最新资讯',
      'auto:河南教育最新资讯',
      'citizen:请问学籍怎么转',
      'auto:留言已收到，我们将尽快回复。',
    ]);
  });
  it('a text an exact keyword answers (a numbered reply) starts no clock; a question that only contains one does', async () => {
    const account = await buildAccount(ctx.db);
    await buildRule(ctx.db, account.id, ['1'], { replies: [{ kind: 'text', text: '河南教育最新资讯' }] });
    await buildRule(ctx.db, account.id, [['高考报名', 'contains']], {
      replies: [{ kind: 'text', text: '高考报名时间见考试院公告。' }],
    });
    const citizen = await follower(ctx.db, deps, account.id);

    const lookup = (await sendText(app, account.id, citizen.headers, '1')).json();
    expect(lookup.replies.map((m: { text: string }) => m.text)).toEqual(['河南教育最新资讯']);
    expect(lookup.conversation.expectedReplyBy).toBeNull();
    const conversationId = lookup.conversation.id;
    const waiting = await ctx.db.k
      .selectFrom('conversations')
      .select(['waiting', 'due_at'])
      .where('id', '=', conversationId)
      .executeTakeFirstOrThrow();
    expect(waiting).toEqual({ waiting: 0, due_at: null });
    expect(
      await ctx.db.k
        .selectFrom('jobs')
        .select('key')
        .where('key', 'like', `conv:${conversationId}:%`)
        .execute(),
    ).toEqual([]);

    const question = (await sendText(app, account.id, citizen.headers, '请问2027年高考报名要带什么')).json();
    expect(question.replies.map((m: { text: string }) => m.text)).toEqual(['高考报名时间见考试院公告。']);
    expect(question.conversation.expectedReplyBy).toEqual(expect.any(Number));
  });
});
