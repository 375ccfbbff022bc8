import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { transferConversation } from './transferConversation.js';
import type { AppError } from '../../infra/errors.js';
import { openidFor } from '../follows/openid.js';
import { closeConversation } from './manageConversation.js';
import { addNote } from './notes.js';
import { markReadByStaff } from './readReceipts.js';
import { ConversationsRepository } from './repository.js';
import { sendStaffMessage } from './sendStaffMessage.js';
import {
  cid,
  follower,
  headersFor,
  inboxAccount,
  outboxOf,
  reply,
  sendText,
  staffGet,
  staffPost,
  thread,
} from './testing.js';

describeEachDatabase('transferring a conversation', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 2, 0, 0));
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  async function setup() {
    const a = await inboxAccount(ctx.db, deps);
    const b = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, a.account.id);
    const sent = (await sendText(app, a.account.id, citizen.headers, '这个问题应由交警部门处理')).json();
    return {
      a,
      b,
      citizen,
      id: sent.conversation.id as number,
      dueAt: sent.conversation.expectedReplyBy as number,
    };
  }
  const transfer = (id: number, headers: Record<string, string>, body: Record<string, unknown>) =>
    staffPost(app, `/conversations/${id}/transfer`, headers, body);

  it('history, clock and access travel with the conversation', async () => {
    const { a, b, citizen, id, dueAt } = await setup();
    await staffPost(app, `/conversations/${id}/assign`, a.admin.headers, { assigneeId: a.responder.id });
    const res = await transfer(id, a.responder.headers, {
      toAccountId: b.account.id,
      note: '涉及交通违法，请协助',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id,
      accountId: b.account.id,
      assignee: null,
      dueAt,
      waiting: true,
      transferredFrom: { accountId: a.account.id, accountName: a.account.name },
    });

    // The old account's staff lose it, as if it never existed; the new account's gain it.
    expect((await staffGet(app, `/conversations/${id}`, a.responder.headers)).statusCode).toBe(404);
    expect((await reply(app, id, a.admin.headers, '还在吗')).json().error.code).toBe(
      'CONVERSATION_NOT_FOUND',
    );
    expect(
      (await staffGet(app, `/accounts/${a.account.id}/conversations`, a.admin.headers)).json().items,
    ).toEqual([]);
    const listB = (
      await staffGet(app, `/accounts/${b.account.id}/conversations`, b.responder.headers)
    ).json();
    expect(listB.items.map((i: { id: number }) => i.id)).toEqual([id]);
    const detail = (await staffGet(app, `/conversations/${id}`, b.responder.headers)).json();
    expect(detail.messages.map((m: { sender: string; text: string }) => [m.sender, m.text])).toEqual([
      ['citizen', '这个问题应由交警部门处理'],
      ['system', `您的留言已转交${b.account.name}处理。`],
    ]);
    expect(detail.notes.map((n: { text: string }) => n.text)).toEqual(['【转交说明】涉及交通违法，请协助']);

    // The receiving account's admins and responders are told; the sending account's are not.
    for (const user of [b.admin, b.responder]) {
      const notes = await ctx.db.k
        .selectFrom('staff_notifications')
        .select(['kind', 'link'])
        .where('user_id', '=', user.id)
        .execute();
      expect(notes).toEqual([
        { kind: 'conversation.transferred', link: `/console/accounts/${b.account.id}/inbox/${id}` },
      ]);
    }
    const aNotes = await ctx.db.k
      .selectFrom('staff_notifications')
      .select('kind')
      .where('user_id', '=', a.admin.id)
      .execute();
    expect(aNotes).toEqual([]);
    expect((await outboxOf(ctx.db, `staff-account:${a.account.id}`)).at(-1)).toEqual({
      event: 'conversation.removed',
      data: { accountId: a.account.id, conversationId: id },
    });

    // The answer reaches the citizen in both threads: the one they wrote in and the new one.
    await reply(app, id, b.responder.headers, '您好，交警支队已受理');
    const inA = (await thread(app, a.account.id, citizen.headers)).json();
    expect(inA.items.map((m: { text: string }) => m.text)).toEqual([
      '这个问题应由交警部门处理',
      `您的留言已转交${b.account.name}处理。`,
      '您好，交警支队已受理',
    ]);
    expect(inA.conversation).toMatchObject({ id, status: 'open', expectedReplyBy: null });
    const inB = (await thread(app, b.account.id, citizen.headers)).json();
    expect(inB.items).toEqual(inA.items);

    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['account_id', 'action'])
      .where('target', '=', `conversation:${id}`)
      .where('action', 'like', 'conversation.transferred%')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { account_id: a.account.id, action: 'conversation.transferred' },
      { account_id: b.account.id, action: 'conversation.transferred_in' },
    ]);
  });

  it('the running clock keeps its deadline and warns the new account', async () => {
    const { a, b, id, dueAt } = await setup();
    await transfer(id, a.admin.headers, { toAccountId: b.account.id });
    clock.advance(dueAt - clock.now() + 1);
    await deps.jobs.runDue();
    const kinds = async (userId: number) =>
      (
        await ctx.db.k
          .selectFrom('staff_notifications')
          .select('kind')
          .where('user_id', '=', userId)
          .orderBy('id')
          .execute()
      ).map((n) => n.kind);
    expect(await kinds(b.admin.id)).toEqual(['conversation.transferred', 'clock.warning', 'clock.breached']);
    expect(await kinds(a.admin.id)).toEqual([]);
    const detail = (
      await staffGet(app, `/conversations/${id}`, await headersFor(deps, 'staff', b.admin.id))
    ).json();
    expect(detail.conversation).toMatchObject({ overdue: true, dueAt });
  });

  it('the citizen writing to the new account continues the transferred conversation', async () => {
    const { a, b, citizen, id } = await setup();
    await transfer(id, a.admin.headers, { toAccountId: b.account.id });
    await ctx.db.k
      .insertInto('follows')
      .values({
        account_id: b.account.id,
        citizen_id: citizen.id,
        openid: `o-t-${citizen.id}`,
        followed_at: 1,
        last_read_seq: 0,
        scene: null,
      })
      .execute();
    const sent = (await sendText(app, b.account.id, citizen.headers, '补充材料')).json();
    expect(sent.conversation.id).toBe(id);
  });

  it('refuses the same account, unknown or suspended accounts, closed conversations and a citizen already talking to the target', async () => {
    const { a, b, citizen, id } = await setup();
    const same = await transfer(id, a.admin.headers, { toAccountId: a.account.id });
    expect(same.json().error).toMatchObject({ code: 'TRANSFER_TARGET_INVALID', field: 'toAccountId' });
    expect((await transfer(id, a.admin.headers, { toAccountId: 99_999_999 })).json().error.code).toBe(
      'ACCOUNT_NOT_FOUND',
    );
    const suspended = await inboxAccount(ctx.db, deps, { status: 'suspended' });
    expect((await transfer(id, a.admin.headers, { toAccountId: suspended.account.id })).statusCode).toBe(404);

    await ctx.db.k
      .insertInto('follows')
      .values({
        account_id: b.account.id,
        citizen_id: citizen.id,
        openid: `o-u-${citizen.id}`,
        followed_at: 1,
        last_read_seq: 0,
        scene: null,
      })
      .execute();
    await sendText(app, b.account.id, citizen.headers, '我也在问交警');
    const busy = await transfer(id, a.admin.headers, { toAccountId: b.account.id });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.code).toBe('CONVERSATION_OPEN_EXISTS');

    await staffPost(app, `/conversations/${id}/close`, a.admin.headers);
    const other = await inboxAccount(ctx.db, deps);
    expect((await transfer(id, a.admin.headers, { toAccountId: other.account.id })).json().error.code).toBe(
      'CONVERSATION_CLOSED',
    );
    expect((await staffGet(app, `/conversations/${id}`, a.admin.headers)).statusCode).toBe(200);
  });

  it('staff of a third account and the transferring staff after the move cannot touch it', async () => {
    const { a, b, id } = await setup();
    const c = await inboxAccount(ctx.db, deps);
    expect((await transfer(id, c.admin.headers, { toAccountId: c.account.id })).statusCode).toBe(404);
    await transfer(id, a.admin.headers, { toAccountId: b.account.id });
    expect((await transfer(id, a.admin.headers, { toAccountId: a.account.id })).statusCode).toBe(404);
  });

  it('a write whose access was checked before a transfer committed finds nothing: reply, note, close, transfer', async () => {
    const { a, b, id } = await setup();
    // The old account's access check passed; then the conversation moved to b.
    await transfer(id, a.admin.headers, { toAccountId: b.account.id });
    const conv = {
      database: ctx.db,
      outbox: deps.outbox,
      commits: deps.commits,
      pseudonymKey: deps.secrets.pseudonymKey,
    };
    const actor = { userId: a.admin.id, displayName: '旧账号管理员' };
    const held = { conversationId: id, accountId: a.account.id, now: clock.now() };
    const refused = [
      sendStaffMessage(conv, {
        ...held,
        staff: actor,
        input: { clientId: cid(), kind: 'text', text: '迟到的答复' },
      }),
      addNote(ConversationsRepository.of(ctx.db), { ...held, authorId: actor.userId, text: '迟到的备注' }),
      closeConversation(conv, { ...held, actor, accountName: a.account.name }),
      transferConversation(conv, { ...held, actor, toAccountId: a.account.id }),
      markReadByStaff(conv, { ...held, upToId: 1 }),
    ];
    for (const r of await Promise.allSettled(refused))
      expect(r.status === 'rejected' && (r.reason as AppError).code).toBe('CONVERSATION_NOT_FOUND');
    const detail = (await staffGet(app, `/conversations/${id}`, b.admin.headers)).json();
    expect(detail.conversation).toMatchObject({ status: 'open', accountId: b.account.id });
    expect(detail.notes).toEqual([]);
    expect(detail.messages.map((m: { sender: string }) => m.sender)).toEqual(['citizen', 'system']);
  });

  it("answers the transferring staff with the citizen's pseudonym on their own account, not the receiver's", async () => {
    const { a, b, citizen, id } = await setup();
    const res = (await transfer(id, a.admin.headers, { toAccountId: b.account.id })).json();
    expect(res.openid).toBe(openidFor(deps.secrets.pseudonymKey, a.account.id, citizen.id));
    const asB = (await staffGet(app, `/accounts/${b.account.id}/conversations`, b.admin.headers)).json();
    expect(asB.items[0].openid).toBe(openidFor(deps.secrets.pseudonymKey, b.account.id, citizen.id));
  });
});
