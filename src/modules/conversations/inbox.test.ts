import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { openidFor } from '../follows/openid.js';
import {
  cid,
  follower,
  inboxAccount,
  reply,
  sendText,
  staffGet,
  staffOf,
  staffPost,
  thread,
} from './testing.js';

describeEachDatabase('the staff inbox', (ctx) => {
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
  async function ask(
    accountId: number,
    text: string,
  ): Promise<{ id: number; citizenId: number; headers: Record<string, string> }> {
    const citizen = await follower(ctx.db, deps, accountId);
    const res = (await sendText(app, accountId, citizen.headers, text)).json();
    return { id: res.conversation.id, citizenId: citizen.id, headers: citizen.headers };
  }
  const list = (accountId: number, headers: Record<string, string>, query = '') =>
    staffGet(app, `/accounts/${accountId}/conversations${query}`, headers);
  const ids = (res: { json(): { items: Array<{ id: number }> } }) => res.json().items.map((i) => i.id);

  it('lists by filter with counts: unassigned, mine, waiting, overdue, closed', async () => {
    const { account, admin, responder } = await inboxAccount(ctx.db, deps);
    const c1 = await ask(account.id, '一');
    const c2 = await ask(account.id, '二');
    const c3 = await ask(account.id, '三');
    const c4 = await ask(account.id, '四');
    await staffPost(app, `/conversations/${c2.id}/assign`, admin.headers, { assigneeId: responder.id });
    await reply(app, c3.id, responder.headers, '已收到');
    await staffPost(app, `/conversations/${c4.id}/close`, admin.headers);
    await ctx.db.k.updateTable('conversations').set({ overdue: 1 }).where('id', '=', c1.id).execute();

    const all = await list(account.id, responder.headers);
    expect(all.statusCode).toBe(200);
    expect(ids(all)).toEqual([c3.id, c2.id, c1.id]);
    expect(all.json().counts).toEqual({ unassigned: 2, mine: 1, waiting: 2, overdue: 1 });
    expect(ids(await list(account.id, responder.headers, '?filter=unassigned'))).toEqual([c3.id, c1.id]);
    expect(ids(await list(account.id, responder.headers, '?filter=mine'))).toEqual([c2.id]);
    expect(ids(await list(account.id, admin.headers, '?filter=mine'))).toEqual([]);
    expect(ids(await list(account.id, responder.headers, '?filter=waiting'))).toEqual([c2.id, c1.id]);
    expect(ids(await list(account.id, responder.headers, '?filter=overdue'))).toEqual([c1.id]);
    expect(ids(await list(account.id, responder.headers, '?filter=closed'))).toEqual([c4.id]);

    const row = all.json().items.find((i: { id: number }) => i.id === c2.id);
    expect(row).toMatchObject({
      accountId: account.id,
      openid: openidFor(deps.secrets.pseudonymKey, account.id, c2.citizenId),
      status: 'open',
      assignee: { id: responder.id, name: responder.username },
      waiting: true,
      lastMessage: { sender: 'citizen', kind: 'text', preview: '二' },
      overdue: false,
      unread: 1,
      transferredFrom: null,
    });
    expect(row.dueAt).toEqual(expect.any(Number));
  });

  it('pages with a cursor', async () => {
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const made = [];
    for (const t of ['a', 'b', 'c']) made.push((await ask(account.id, t)).id);
    const p1 = (await list(account.id, admin.headers, '?limit=2')).json();
    expect(p1.items.map((i: { id: number }) => i.id)).toEqual([made[2], made[1]]);
    const p2 = (await list(account.id, admin.headers, `?limit=2&cursor=${p1.nextCursor}`)).json();
    expect(p2.items.map((i: { id: number }) => i.id)).toEqual([made[0]]);
    expect(p2.nextCursor).toBeNull();
  });

  it('searches message text, ignoring case and full-width forms, with % and _ taken literally', async () => {
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const a = await ask(account.id, '我的 ABC 证书丢了');
    const b = await ask(account.id, '成绩 100% 准确吗');
    const c = await ask(account.id, 'file_name 怎么填');
    await reply(app, c.id, admin.headers, '请参考办事指南');
    const q = (s: string) => list(account.id, admin.headers, `?q=${encodeURIComponent(s)}`);
    expect(ids(await q('abc'))).toEqual([a.id]);
    expect(ids(await q('ａｂｃ'))).toEqual([a.id]);
    expect(ids(await q('证书'))).toEqual([a.id]);
    expect(ids(await q('%'))).toEqual([b.id]);
    expect(ids(await q('_'))).toEqual([c.id]);
    expect(ids(await q('办事指南'))).toEqual([c.id]);
    expect(ids(await q('不存在的内容'))).toEqual([]);
  });

  it('assigns to admins and responders of the account only, audited and notified', async () => {
    const { account, admin, responder } = await inboxAccount(ctx.db, deps);
    const other = await inboxAccount(ctx.db, deps);
    const editor = await staffOf(ctx.db, deps, account.id, 'editor');
    const c = await ask(account.id, '请问');
    for (const assigneeId of [editor.id, other.responder.id, 99_999_999]) {
      const res = await staffPost(app, `/conversations/${c.id}/assign`, admin.headers, { assigneeId });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'ASSIGNEE_NOT_ELIGIBLE', field: 'assigneeId' });
    }
    const ok = await staffPost(app, `/conversations/${c.id}/assign`, admin.headers, {
      assigneeId: responder.id,
    });
    expect(ok.json().assignee).toEqual({ id: responder.id, name: responder.username });
    const notes = await ctx.db.k
      .selectFrom('staff_notifications')
      .selectAll()
      .where('user_id', '=', responder.id)
      .execute();
    expect(notes.map((n) => n.kind)).toEqual(['conversation.assigned']);
    const un = await staffPost(app, `/conversations/${c.id}/assign`, responder.headers, { assigneeId: null });
    expect(un.json().assignee).toBeNull();
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('target', '=', `conversation:${c.id}`)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, JSON.parse(a.details)])).toEqual([
      ['conversation.assigned', { from: null, to: responder.id }],
      ['conversation.assigned', { from: responder.id, to: null }],
    ]);
  });

  it('internal notes never reach the citizen: not in answers, not in events', async () => {
    const { account, responder } = await inboxAccount(ctx.db, deps);
    const c = await ask(account.id, '我要投诉');
    const secret = '内部备注：此人多次来电，注意语气';
    const note = await staffPost(app, `/conversations/${c.id}/notes`, responder.headers, { text: secret });
    expect(note.statusCode).toBe(201);
    expect(note.json()).toMatchObject({
      authorId: responder.id,
      authorName: responder.username,
      text: secret,
    });
    const detail = (await staffGet(app, `/conversations/${c.id}`, responder.headers)).json();
    expect(detail.notes.map((n: { text: string }) => n.text)).toEqual([secret]);
    await reply(app, c.id, responder.headers, '您好，已受理');

    // The audit log records that a note was written, not what it says.
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('target', '=', `conversation:${c.id}`)
      .where('action', '=', 'conversation.note_added')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain('内部备注');

    const citizenView = await thread(app, account.id, c.headers);
    expect(citizenView.body).not.toContain('内部备注');
    const events = await ctx.db.k.selectFrom('outbox').select(['room', 'payload']).execute();
    for (const e of events) expect(e.payload, e.room).not.toContain('内部备注');
  });

  it('staff send text, account images and article cards; a retry with the clientId writes nothing', async () => {
    const { account, responder } = await inboxAccount(ctx.db, deps);
    const c = await ask(account.id, '有相关通知吗');
    const clientId = cid('s');
    const first = await reply(app, c.id, responder.headers, '请看以下通知', clientId);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      sender: 'staff',
      senderName: responder.username,
      kind: 'text',
      clientId,
    });
    const again = await reply(app, c.id, responder.headers, '请看以下通知', clientId);
    expect(again.json()).toEqual(first.json());
    // A `before` past 32-bit ids is refused as bad input on both databases (not a 500 on PostgreSQL).
    const beyond = await staffGet(
      app,
      `/conversations/${c.id}/messages?before=9999999999`,
      responder.headers,
    );
    expect([beyond.statusCode, beyond.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    // The same clientId in another conversation is another message, not a replay of this one.
    const second = await ask(account.id, '另一个问题');
    const elsewhere = (await reply(app, second.id, responder.headers, '另一条答复', clientId)).json();
    expect(elsewhere).toMatchObject({ conversationId: second.id, text: '另一条答复' });

    const media = await ctx.db.k
      .insertInto('media')
      .values({
        account_id: account.id,
        sha256: 'f'.repeat(64),
        mime: 'image/png',
        size: 10,
        storage_key: `ff/${'f'.repeat(64)}.png`,
        created_by: responder.id,
        created_at: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const image = await staffPost(app, `/conversations/${c.id}/messages`, responder.headers, {
      clientId: cid('s'),
      kind: 'image',
      mediaId: media.id,
    });
    expect(image.json()).toMatchObject({
      kind: 'image',
      media: { url: `/media/ff/${'f'.repeat(64)}.png`, mime: 'image/png' },
    });
    // Console media also hold videos and documents (the article editor's); they are not images.
    const pdf = await ctx.db.k
      .insertInto('media')
      .values({
        account_id: account.id,
        sha256: 'e'.repeat(64),
        mime: 'application/pdf',
        size: 10,
        storage_key: `ee/${'e'.repeat(64)}.pdf`,
        created_by: responder.id,
        created_at: 1,
        kind: 'attachment',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const notImage = await staffPost(app, `/conversations/${c.id}/messages`, responder.headers, {
      clientId: cid('s'),
      kind: 'image',
      mediaId: pdf.id,
    });
    expect(notImage.json().error).toMatchObject({ code: 'MEDIA_NOT_FOUND', field: 'mediaId' });

    const article = await ctx.db.k
      .insertInto('articles')
      .values({
        account_id: account.id,
        title: '办事指南',
        author: '',
        summary: '摘要',
        body_html: '<p>x</p>',
        created_by: responder.id,
        created_at: 1,
        updated_at: 1,
        status: 'published',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const pub = await ctx.db.k
      .insertInto('publications')
      .values({
        account_id: account.id,
        article_id: article.id,
        slug: `s${article.id}x`,
        seq: 1,
        title: '办事指南',
        summary: '摘要',
        cover_url: null,
        published_by: responder.id,
        published_at: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const cards = await staffPost(app, `/conversations/${c.id}/messages`, responder.headers, {
      clientId: cid('s'),
      kind: 'articles',
      publicationIds: [pub.id],
    });
    expect(cards.json()).toMatchObject({
      kind: 'articles',
      articles: [{ title: '办事指南', summary: '摘要', coverUrl: null, url: `/a/s${article.id}x` }],
    });

    const other = await inboxAccount(ctx.db, deps);
    const foreign = await ctx.db.k
      .insertInto('media')
      .values({
        account_id: other.account.id,
        sha256: 'e'.repeat(64),
        mime: 'image/png',
        size: 10,
        storage_key: `ee/${'e'.repeat(64)}.png`,
        created_by: responder.id,
        created_at: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const refused = await staffPost(app, `/conversations/${c.id}/messages`, responder.headers, {
      clientId: cid('s'),
      kind: 'image',
      mediaId: foreign.id,
    });
    expect(refused.json().error).toMatchObject({ code: 'MEDIA_NOT_FOUND', field: 'mediaId' });
    const noPub = await staffPost(app, `/conversations/${c.id}/messages`, responder.headers, {
      clientId: cid('s'),
      kind: 'articles',
      publicationIds: [99_999_999],
    });
    expect(noPub.json().error.code).toBe('PUBLICATION_NOT_FOUND');

    const seen = (await thread(app, account.id, c.headers)).json().items;
    expect(seen.map((m: { kind: string }) => m.kind)).toEqual(['text', 'text', 'image', 'articles']);
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select('action')
      .where('target', '=', `conversation:${c.id}`)
      .execute();
    expect(audit).toHaveLength(3);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('a staff reply stops the wait: waiting off, first response recorded, citizen told', async () => {
    const { account, responder } = await inboxAccount(ctx.db, deps);
    const c = await ask(account.id, '几点上班');
    await reply(app, c.id, responder.headers, '九点');
    const detail = (await staffGet(app, `/conversations/${c.id}`, responder.headers)).json();
    expect(detail.conversation).toMatchObject({ waiting: false, dueAt: null, overdue: false });
    expect(detail.conversation.firstRespondedAt).toEqual(expect.any(Number));
    expect(detail.messages.map((m: { sender: string }) => m.sender)).toEqual(['citizen', 'staff']);
    expect(detail.hasOlder).toBe(false);
    const view = (await thread(app, account.id, c.headers)).json();
    expect(view.conversation.expectedReplyBy).toBeNull();
  });

  it('closes and reopens, audited; a reopen is refused while the citizen has another open one', async () => {
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const c = await ask(account.id, '问题一');
    const closed = await staffPost(app, `/conversations/${c.id}/close`, admin.headers);
    expect(closed.json()).toMatchObject({ status: 'closed', waiting: false, dueAt: null });
    const jobs = await ctx.db.k
      .selectFrom('jobs')
      .select('id')
      .where('key', 'like', `conv:${c.id}:%`)
      .where('status', '=', 'pending')
      .execute();
    expect(jobs).toEqual([]);
    const replyToClosed = await reply(app, c.id, admin.headers, '补充');
    expect(replyToClosed.json().error.code).toBe('CONVERSATION_CLOSED');
    const reopened = await staffPost(app, `/conversations/${c.id}/reopen`, admin.headers);
    expect(reopened.json().status).toBe('open');
    await staffPost(app, `/conversations/${c.id}/close`, admin.headers);
    await sendText(app, account.id, c.headers, '问题二');
    const conflict = await staffPost(app, `/conversations/${c.id}/reopen`, admin.headers);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe('CONVERSATION_OPEN_EXISTS');
    const actions = await ctx.db.k
      .selectFrom('audit_log')
      .select('action')
      .where('target', '=', `conversation:${c.id}`)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'conversation.closed',
      'conversation.reopened',
      'conversation.closed',
    ]);
  });

  it('two staff closing at once close it once: one notice to the citizen, one audit entry', async () => {
    const { account, admin, responder } = await inboxAccount(ctx.db, deps);
    const c = await ask(account.id, '同时结束');
    const both = await Promise.all([
      staffPost(app, `/conversations/${c.id}/close`, admin.headers),
      staffPost(app, `/conversations/${c.id}/close`, responder.headers),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    const notices = await ctx.db.k
      .selectFrom('conversation_messages')
      .select('id')
      .where('conversation_id', '=', c.id)
      .where('sender', '=', 'system')
      .execute();
    expect(notices).toHaveLength(1);
    const closes = await ctx.db.k
      .selectFrom('audit_log')
      .select('id')
      .where('target', '=', `conversation:${c.id}`)
      .where('action', '=', 'conversation.closed')
      .execute();
    expect(closes).toHaveLength(1);
  });

  it('a citizen writing while staff close ends in one closed conversation and one new open one, never a message in the closed one', async () => {
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const c = await ask(account.id, '第一个问题');
    await Promise.all([
      staffPost(app, `/conversations/${c.id}/close`, admin.headers),
      sendText(app, account.id, c.headers, '再补充一句'),
    ]);
    const rows = await ctx.db.k
      .selectFrom('conversations')
      .select(['id', 'status', 'waiting'])
      .where('account_id', '=', account.id)
      .orderBy('id')
      .execute();
    const closed = rows.find((r) => r.id === c.id)!;
    expect(closed.status).toBe('closed');
    // The follow-up is either before the close (in the closed one, ahead of its notice) or
    // in a new open conversation that waits for staff, never after the notice of a closed one.
    const inClosed = await ctx.db.k
      .selectFrom('conversation_messages')
      .select(['sender', 'text'])
      .where('conversation_id', '=', c.id)
      .orderBy('id')
      .execute();
    expect(inClosed.at(-1)?.sender).toBe('system');
    const reopened = rows.filter((r) => r.id !== c.id);
    const followUpInClosed = inClosed.some((m) => m.text === '再补充一句');
    expect(followUpInClosed || (reopened.length === 1 && reopened[0]!.status === 'open')).toBe(true);
    if (!followUpInClosed) expect(reopened[0]!.waiting).toBe(1);
  });
});
