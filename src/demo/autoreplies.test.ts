import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../deps.js';
import { AutoReplyEngine } from '../modules/autoreplies/engine.js';
import { buildTestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { seedDemoAutoReplies } from './autoreplies.js';
import { HENAN_EDU_REPLIES, HENAN_EDU_REPLY_MENU } from './henanEduReplies.js';
import { DEMO_MENUS, type DemoMenuButton } from './menus.js';
import { seedDemo } from './seed.js';

function clickKeys(buttons: readonly DemoMenuButton[]): string[] {
  return buttons.flatMap((b) => ('sub' in b ? clickKeys(b.sub) : 'key' in b ? [b.key] : []));
}

describeEachDatabase('demo automatic replies', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let henan: number;
  let engine: AutoReplyEngine;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    await seedDemo(deps);
    henan = (
      await ctx.db.k
        .selectFrom('accounts')
        .select('id')
        .where('handle', '=', 'henan-edu')
        .executeTakeFirstOrThrow()
    ).id;
    engine = AutoReplyEngine.of(ctx.db);
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const say = (t: string) => engine.choose(henan, { kind: 'text', text: t });

  it('Henan Education answers 1–5, half-width or full-width, with its numbered replies', async () => {
    for (const r of HENAN_EDU_REPLIES) {
      const fullWidth = String.fromCharCode(0xff10 + Number(r.keyword));
      for (const sent of [r.keyword, fullWidth, ` ${r.keyword} `])
        expect(await say(sent), sent).toMatchObject({
          reason: 'keyword',
          matched: { keyword: r.keyword, matchType: 'exact' },
          messages: [{ kind: 'text', text: r.reply }],
        });
    }
  });

  it('its reply menu is the greeting, and the default reply repeats the numbers', async () => {
    expect(await engine.choose(henan, { kind: 'event', event: 'subscribe' })).toEqual({
      ruleId: null,
      reason: 'greeting',
      messages: [{ kind: 'text', text: HENAN_EDU_REPLY_MENU }],
    });
    const fallback = await say('请问明天放假吗');
    expect(fallback?.reason).toBe('default');
    const t = fallback?.messages[0]?.kind === 'text' ? fallback.messages[0].text : '';
    for (const r of HENAN_EDU_REPLIES) expect(t).toContain(`${r.keyword} ${r.title}`);
  });

  it('every click key of its menu has a keyword rule', async () => {
    const keys = clickKeys(DEMO_MENUS['henan-edu']!);
    expect(keys).toContain('GAOKAO_SCORE');
    for (const key of keys)
      expect(await engine.choose(henan, { kind: 'event', event: 'click', key }), key).toMatchObject({
        reason: 'keyword',
      });
    const score = await engine.choose(henan, { kind: 'event', event: 'click', key: 'GAOKAO_SCORE' });
    expect(score?.messages[0]).toMatchObject({ kind: 'text', text: expect.stringContaining('www.haeea.cn') });
  });

  it('common questions get article cards and regex answers', async () => {
    expect(await say('高考什么时候报名？')).toMatchObject({
      messages: [{ kind: 'articles', articles: [{ title: '2027年河南省普通高考报名时间及有关事项安排' }] }],
    });
    expect(await say('高考成绩什么时候公布')).toMatchObject({ matched: { matchType: 'regex' } });
  });

  it('seeding again adds nothing', async () => {
    const count = async () => (await ctx.db.k.selectFrom('autoreply_rules').select('id').execute()).length;
    const before = await count();
    expect(before).toBeGreaterThan(15);
    await ctx.db.k.deleteFrom('meta').where('key', '=', 'demo_autoreplies_seeded').execute();
    await seedDemoAutoReplies(deps);
    expect(await count()).toBe(before);
  });
});
