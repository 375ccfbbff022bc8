import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../infra/audit.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff } from '../../test/factories.js';
import { deleteRule } from './deleteRule.js';
import { AutoReplyEngine } from './engine.js';
import { AutoRepliesRepository } from './repository.js';
import { updateRule } from './saveRule.js';
import { setReplySet } from './setReplySet.js';
import { buildMedia, buildPublication, buildRule } from './testing.js';

describeEachDatabase('automatic-reply engine', (ctx) => {
  let engine: AutoReplyEngine;
  let repo: AutoRepliesRepository;
  beforeAll(() => {
    engine = AutoReplyEngine.of(ctx.db);
    repo = AutoRepliesRepository.of(ctx.db);
  });
  afterAll(() => {});

  const text = (accountId: number, t: string) => engine.choose(accountId, { kind: 'text', text: t });
  const setSet = (
    accountId: number,
    which: 'greeting' | 'default',
    texts: string[],
    mode: 'all' | 'random' = 'all',
  ) =>
    setReplySet(repo, {
      accountId,
      which,
      actorId: null,
      now: Date.now(),
      input: { enabled: true, mode, replies: texts.map((t) => ({ kind: 'text' as const, text: t })) },
    });

  it('a transaction choosing a reply never waits on an index build queued behind it (no deadlock on SQLite)', async () => {
    const account = await buildAccount(ctx.db);
    await buildRule(ctx.db, account.id, ['1'], { replies: [{ kind: 'text', text: '河南教育最新资讯' }] });
    // The try-it box starts a build through the shared connection; a citizen's message then
    // chooses inside its own transaction, which (on SQLite) holds the only connection.
    const outside = engine.explain(account.id, { text: '1' });
    const inside = ctx.db.k
      .transaction()
      .execute((trx) => engine.choose(account.id, { kind: 'text', text: '1' }, { k: trx }));
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('deadlocked')), 5_000);
    });
    try {
      const [a, b] = (await Promise.race([Promise.all([outside, inside]), hung])) as [
        Awaited<typeof outside>,
        Awaited<typeof inside>,
      ];
      expect(a.messages).toEqual([{ kind: 'text', text: '河南教育最新资讯' }]);
      expect(b?.messages).toEqual([{ kind: 'text', text: '河南教育最新资讯' }]);
    } finally {
      clearTimeout(timer);
    }
  });

  it('answers an exact, a contains and a regex keyword with the rule that holds it', async () => {
    const account = await buildAccount(ctx.db);
    const exact = await buildRule(ctx.db, account.id, ['成绩查询']);
    const contains = await buildRule(ctx.db, account.id, [['身份证', 'contains']]);
    const regex = await buildRule(ctx.db, account.id, [['^\\d{4}年.*录取', 'regex']]);
    expect(await text(account.id, '成绩查询')).toEqual({
      ruleId: exact.id,
      reason: 'keyword',
      matched: { keyword: '成绩查询', matchType: 'exact' },
      messages: [{ kind: 'text', text: '答复：["成绩查询"]' }],
    });
    expect(await text(account.id, '我的身份证丢了怎么办')).toMatchObject({
      ruleId: contains.id,
      matched: { keyword: '身份证', matchType: 'contains' },
    });
    expect(await text(account.id, '２０２６年本科录取线')).toMatchObject({
      ruleId: regex.id,
      matched: { matchType: 'regex' },
    });
    expect(await text(account.id, '你好')).toBeNull(); // no default reply set
  });

  it('the greeting answers a follow only; the default answers what no rule matches', async () => {
    const account = await buildAccount(ctx.db);
    expect(await engine.choose(account.id, { kind: 'event', event: 'subscribe' })).toBeNull();
    await setSet(account.id, 'greeting', ['欢迎关注！回复 1 查看资讯']);
    await setSet(account.id, 'default', ['留言已收到，我们会尽快回复']);
    await buildRule(ctx.db, account.id, [['欢迎', 'contains']]);
    expect(await engine.choose(account.id, { kind: 'event', event: 'subscribe' })).toEqual({
      ruleId: null,
      reason: 'greeting',
      messages: [{ kind: 'text', text: '欢迎关注！回复 1 查看资讯' }],
    });
    expect(await text(account.id, 'subscribe')).toMatchObject({ reason: 'default' });
    expect(await text(account.id, '在吗')).toEqual({
      ruleId: null,
      reason: 'default',
      messages: [{ kind: 'text', text: '留言已收到，我们会尽快回复' }],
    });
    // An image or voice message reaches the engine as empty text: the default answers it.
    expect(await text(account.id, '')).toMatchObject({ reason: 'default' });
    // A menu click that no rule handles gets the default too.
    expect(await engine.choose(account.id, { kind: 'event', event: 'click', key: 'NOPE' })).toMatchObject({
      reason: 'default',
    });
  });

  it('a disabled greeting or default answers nothing', async () => {
    const account = await buildAccount(ctx.db);
    await setSet(account.id, 'default', ['收到']);
    await setReplySet(repo, {
      accountId: account.id,
      which: 'default',
      actorId: null,
      now: Date.now(),
      input: { enabled: false, replies: [{ kind: 'text', text: '收到' }] },
    });
    expect(await text(account.id, '在吗')).toBeNull();
  });

  it('menu clicks match exact keywords by their key, whatever the case', async () => {
    const account = await buildAccount(ctx.db);
    const rule = await buildRule(ctx.db, account.id, ['GAOKAO_SCORE']);
    await buildRule(ctx.db, account.id, [['GAOKAO', 'contains']], { priority: 9 });
    expect(
      await engine.choose(account.id, { kind: 'event', event: 'click', key: 'gaokao_score' }),
    ).toMatchObject({
      ruleId: rule.id,
      matched: { keyword: 'GAOKAO_SCORE', matchType: 'exact' },
    });
  });

  it('priority first, then exact > contains > regex, then the older rule', async () => {
    const account = await buildAccount(ctx.db);
    const regex = await buildRule(ctx.db, account.id, [['高考.*', 'regex']]);
    const contains1 = await buildRule(ctx.db, account.id, [['高考', 'contains']]);
    await buildRule(ctx.db, account.id, [['高考', 'contains']]);
    expect((await text(account.id, '高考报名'))?.ruleId).toBe(contains1.id);
    const exact = await buildRule(ctx.db, account.id, ['高考报名']);
    expect((await text(account.id, '高考报名'))?.ruleId).toBe(exact.id);
    await updateRule(repo, {
      accountId: account.id,
      ruleId: regex.id,
      actorId: null,
      now: Date.now(),
      input: {
        name: '高考',
        priority: 1,
        keywords: [{ keyword: '高考.*', matchType: 'regex' }],
        replies: [{ kind: 'text', text: '优先' }],
      },
    });
    expect(await text(account.id, '高考报名')).toMatchObject({
      ruleId: regex.id,
      messages: [{ text: '优先' }],
    });
  });

  it('reply-all sends every reply in order; random-one sends the one the random number picks', async () => {
    const account = await buildAccount(ctx.db);
    const replies = ['甲', '乙', '丙'].map((t) => ({ kind: 'text' as const, text: t }));
    await buildRule(ctx.db, account.id, ['全部'], { replies, mode: 'all' });
    await buildRule(ctx.db, account.id, ['随机'], { replies, mode: 'random' });
    const all = await engine.choose(account.id, { kind: 'text', text: '全部' }, { random: () => 0.99 });
    expect(all?.messages.map((m) => (m.kind === 'text' ? m.text : m.kind))).toEqual(['甲', '乙', '丙']);
    for (const [r, want] of [
      [0, '甲'],
      [0.34, '乙'],
      [0.99, '丙'],
    ] as const) {
      const one = await engine.choose(account.id, { kind: 'text', text: '随机' }, { random: () => r });
      expect(one?.messages).toEqual([{ kind: 'text', text: want }]);
    }
    await setSet(account.id, 'greeting', ['一', '二'], 'random');
    const g = await engine.choose(account.id, { kind: 'event', event: 'subscribe' }, { random: () => 0.6 });
    expect(g?.messages).toEqual([{ kind: 'text', text: '二' }]);
  });

  it('image and article replies are resolved to urls and cards; a gone reference is left out', async () => {
    const account = await buildAccount(ctx.db);
    const staff = await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
    const media = await buildMedia(ctx.db, account.id, staff.id);
    const pub = await buildPublication(ctx.db, account.id, staff.id, '2027年高考报名须知');
    await buildRule(ctx.db, account.id, ['报名'], {
      replies: [
        { kind: 'image', mediaId: media.id },
        { kind: 'articles', publicationIds: [pub.id] },
        { kind: 'link', title: '服务热线', url: `/accounts/x/hotlines` },
      ],
    });
    expect((await text(account.id, '报名'))?.messages).toEqual([
      { kind: 'image', url: `/media/${media.storage_key}`, mime: 'image/png' },
      {
        kind: 'articles',
        articles: [
          {
            title: '2027年高考报名须知',
            summary: '2027年高考报名须知摘要',
            coverUrl: null,
            url: `/a/${pub.slug}`,
          },
        ],
      },
      { kind: 'link', title: '服务热线', url: '/accounts/x/hotlines' },
    ]);
    await ctx.db.k.deleteFrom('media').where('id', '=', media.id).execute();
    expect((await text(account.id, '报名'))?.messages.map((m) => m.kind)).toEqual(['articles', 'link']);
  });

  it('a rule write is seen at once: the cached index is rebuilt when the rules version moves', async () => {
    const account = await buildAccount(ctx.db);
    const rule = await buildRule(ctx.db, account.id, ['办事']);
    expect((await text(account.id, '办事'))?.ruleId).toBe(rule.id);
    // A keyword changed behind the engine's back (no version bump) is not seen: the index is cached.
    await ctx.db.k
      .updateTable('autoreply_keywords')
      .set({ folded: '别的' })
      .where('rule_id', '=', rule.id)
      .execute();
    expect((await text(account.id, '办事'))?.ruleId).toBe(rule.id);
    // Another process's write bumps the version in its transaction; this engine rebuilds.
    await repo.bumpVersion(account.id, Date.now());
    expect(await text(account.id, '办事')).toBeNull();
    expect((await text(account.id, '别的'))?.ruleId).toBe(rule.id);
    // And through the use cases.
    await updateRule(repo, {
      accountId: account.id,
      ruleId: rule.id,
      actorId: null,
      now: Date.now(),
      input: {
        name: '办事',
        keywords: [{ keyword: '办证', matchType: 'exact' }],
        replies: [{ kind: 'text', text: '新' }],
      },
    });
    expect(await text(account.id, '办证')).toMatchObject({ ruleId: rule.id, messages: [{ text: '新' }] });
    await deleteRule(repo, { accountId: account.id, ruleId: rule.id, actorId: null, now: Date.now() });
    expect(await text(account.id, '办证')).toBeNull();
  });

  it('a disabled rule does not answer', async () => {
    const account = await buildAccount(ctx.db);
    await buildRule(ctx.db, account.id, ['停用'], { enabled: false });
    expect(await text(account.id, '停用')).toBeNull();
  });

  it("one account's rules never answer another account's messages", async () => {
    const a = await buildAccount(ctx.db);
    const b = await buildAccount(ctx.db);
    await buildRule(ctx.db, a.id, ['只属于甲']);
    expect(await text(b.id, '只属于甲')).toBeNull();
  });

  it('works inside the caller’s transaction', async () => {
    const account = await buildAccount(ctx.db);
    const rule = await buildRule(ctx.db, account.id, ['事务']);
    const chosen = await ctx.db.k
      .transaction()
      .execute((trx) => engine.choose(account.id, { kind: 'text', text: '事务' }, { k: trx }));
    expect(chosen?.ruleId).toBe(rule.id);
  });

  it('every write is audited in the hash chain', async () => {
    const account = await buildAccount(ctx.db);
    const rule = await buildRule(ctx.db, account.id, ['审计']);
    await setSet(account.id, 'greeting', ['欢迎']);
    await deleteRule(repo, { accountId: account.id, ruleId: rule.id, actorId: null, now: Date.now() });
    const actions = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'target'])
      .where('account_id', '=', account.id)
      .orderBy('id')
      .execute();
    expect(actions).toEqual([
      { action: 'autoreply.rule_created', target: `autoreply_rule:${rule.id}` },
      { action: 'autoreply.greeting_updated', target: `account:${account.id}` },
      { action: 'autoreply.rule_deleted', target: `autoreply_rule:${rule.id}` },
    ]);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });
});
