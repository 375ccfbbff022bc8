import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../deps.js';
import { verifyAuditChain } from '../infra/audit.js';
import { buildTestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoData.js';
import { seedDemo } from './seed.js';

describeEachDatabase('demo conversations', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    await seedDemo(deps);
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  async function signIn(username: string): Promise<Record<string, string>> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/console/session',
      payload: { username, password: DEMO_PASSWORD },
    });
    expect(res.statusCode, username).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    return { cookie, 'x-csrf-token': res.json().csrfToken };
  }
  const accountId = async (handle: string) =>
    (
      await ctx.db.k
        .selectFrom('accounts')
        .select('id')
        .where('handle', '=', handle)
        .executeTakeFirstOrThrow()
    ).id;

  it('every demo account has a responder who can sign in and open the inbox', async () => {
    for (const demo of DEMO_ACCOUNTS) {
      const headers = await signIn(`${demo.handle}-responder`);
      const id = await accountId(demo.handle);
      const res = await app.inject({
        method: 'GET',
        url: `/api/console/accounts/${id}/conversations`,
        headers,
      });
      expect(res.statusCode, demo.handle).toBe(200);
    }
  });

  it("the education department's inbox shows answered, assigned and overdue work; the worker marks the overdue one", async () => {
    const headers = await signIn('henan-edu-responder');
    const id = await accountId('henan-edu');
    const list = async (filter: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/console/accounts/${id}/conversations?filter=${filter}`,
          headers,
        })
      ).json();
    const all = await list('all');
    expect(all.items).toHaveLength(3);
    expect(all.counts).toMatchObject({ mine: 1, waiting: 2 });
    await deps.jobs.runDue();
    const overdue = await list('overdue');
    expect(overdue.items).toHaveLength(1);
    expect(overdue.items[0].lastMessage.preview).toContain('有偿补课');
    const answered = all.items.find((c: { waiting: boolean }) => !c.waiting);
    const detail = (
      await app.inject({ method: 'GET', url: `/api/console/conversations/${answered.id}`, headers })
    ).json();
    expect(detail.messages.map((m: { sender: string; kind: string }) => `${m.sender}:${m.kind}`)).toContain(
      'staff:articles',
    );
    const canned = (
      await app.inject({ method: 'GET', url: `/api/console/accounts/${id}/canned-replies`, headers })
    ).json();
    expect(canned.items.length).toBeGreaterThan(0);
  });

  it('the traffic police hold the conversation the letters bureau transferred to them', async () => {
    const headers = await signIn('xinyang-traffic-admin');
    const id = await accountId('xinyang-traffic');
    const res = (
      await app.inject({ method: 'GET', url: `/api/console/accounts/${id}/conversations`, headers })
    ).json();
    expect(res.items).toHaveLength(1);
    expect(res.items[0].transferredFrom).toMatchObject({ accountName: '信阳市信访局' });
  });

  it('seeding again writes nothing new', async () => {
    const count = async () => ({
      messages: (await ctx.db.k.selectFrom('conversation_messages').select('id').execute()).length,
      conversations: (await ctx.db.k.selectFrom('conversations').select('id').execute()).length,
      notes: (await ctx.db.k.selectFrom('conversation_notes').select('id').execute()).length,
      canned: (await ctx.db.k.selectFrom('canned_replies').select('id').execute()).length,
    });
    const before = await count();
    await seedDemo(deps);
    expect(await count()).toEqual(before);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });
});
