import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildStaff } from '../../test/factories.js';
import {
  cid,
  follower,
  headersFor,
  inboxAccount,
  reply,
  sendText,
  staffGet,
  staffOf,
  staffPost,
  type Headers,
} from './testing.js';

describeEachDatabase('who may use an inbox', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  async function world() {
    const a = await inboxAccount(ctx.db, deps, { region_code: '411500' });
    const b = await inboxAccount(ctx.db, deps, { region_code: '411500' });
    const citizen = await follower(ctx.db, deps, b.account.id);
    const id = (await sendText(app, b.account.id, citizen.headers, '账号B的会话')).json().conversation
      .id as number;
    return { a, b, id };
  }

  /** Every route on one conversation, each answering its status. */
  async function statuses(id: number, headers: Headers) {
    const c = `/conversations/${id}`;
    return {
      detail: (await staffGet(app, c, headers)).statusCode,
      messages: (await staffGet(app, `${c}/messages`, headers)).statusCode,
      reply: (await reply(app, id, headers, '越权回复')).statusCode,
      note: (await staffPost(app, `${c}/notes`, headers, { text: '越权备注' })).statusCode,
      assign: (await staffPost(app, `${c}/assign`, headers, { assigneeId: null })).statusCode,
      read: (await staffPost(app, `${c}/read`, headers, { upToId: 1 })).statusCode,
      close: (await staffPost(app, `${c}/close`, headers)).statusCode,
    };
  }
  const all = (status: number) => ({
    detail: status,
    messages: status,
    reply: status,
    note: status,
    assign: status,
    read: status,
    close: status,
  });

  it("a responder or admin of account A cannot read, reply to or list account B's conversations", async () => {
    const { a, b, id } = await world();
    for (const staff of [a.responder, a.admin]) {
      expect(await statuses(id, staff.headers)).toEqual(all(404));
      const res = await staffGet(app, `/accounts/${b.account.id}/conversations`, staff.headers);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const body = (await staffGet(app, `/conversations/${id}`, a.admin.headers)).json();
    expect(body.error.code).toBe('CONVERSATION_NOT_FOUND');
    // Same answer as an id that does not exist: ids cannot be probed.
    expect((await staffGet(app, '/conversations/99999999', a.admin.headers)).json()).toEqual(body);
  });

  it('an editor or analyst of the account is refused with FORBIDDEN', async () => {
    const { b, id } = await world();
    for (const role of ['editor', 'analyst'] as const) {
      const staff = await staffOf(ctx.db, deps, b.account.id, role);
      expect(await statuses(id, staff.headers), role).toEqual(all(403));
      expect((await staffGet(app, `/accounts/${b.account.id}/conversations`, staff.headers)).statusCode).toBe(
        403,
      );
      expect(
        (await staffGet(app, `/accounts/${b.account.id}/canned-replies`, staff.headers)).statusCode,
      ).toBe(403);
    }
  });

  it("a supervisor reads the region's inboxes but changes nothing", async () => {
    const { b, id } = await world();
    const sup = await buildStaff(ctx.db, { supervisorRegion: '411500' });
    const headers = await headersFor(deps, 'staff', sup.id);
    const s = await statuses(id, headers);
    expect(s).toEqual({
      detail: 200,
      messages: 200,
      reply: 403,
      note: 403,
      assign: 403,
      read: 403,
      close: 403,
    });
    expect((await staffGet(app, `/accounts/${b.account.id}/conversations`, headers)).statusCode).toBe(200);
    const elsewhere = await buildStaff(ctx.db, { supervisorRegion: '410100' });
    expect(await statuses(id, await headersFor(deps, 'staff', elsewhere.id))).toEqual(all(404));
  });

  it('a platform admin may do everything; a responder of the account too', async () => {
    const { b, id } = await world();
    const platform = await buildStaff(ctx.db, { isPlatformAdmin: true });
    const headers = await headersFor(deps, 'staff', platform.id);
    expect((await staffGet(app, `/conversations/${id}`, headers)).statusCode).toBe(200);
    expect((await reply(app, id, b.responder.headers, '您好')).statusCode).toBe(200);
    expect(
      (await staffPost(app, `/conversations/${id}/notes`, headers, { text: '平台备注' })).statusCode,
    ).toBe(201);
  });

  it('citizens and signed-out visitors cannot use the console routes', async () => {
    const { b, id } = await world();
    const citizen = await follower(ctx.db, deps, b.account.id);
    for (const headers of [citizen.headers, {}]) {
      expect((await staffGet(app, `/conversations/${id}`, headers)).statusCode).toBe(401);
      expect((await staffGet(app, `/accounts/${b.account.id}/conversations`, headers)).statusCode).toBe(401);
      expect(
        (
          await staffPost(app, `/conversations/${id}/messages`, headers, {
            clientId: cid(),
            kind: 'text',
            text: 'x',
          })
        ).statusCode,
      ).toBe(401);
    }
  });
});
