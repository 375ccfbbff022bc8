import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import type { StaffRole } from '../../db/schema.js';
import { buildMedia, buildPublication, buildRule } from './testing.js';

const RULE = {
  name: '高考成绩',
  keywords: [
    { keyword: '成绩', matchType: 'contains' },
    { keyword: '查分', matchType: 'exact' },
  ],
  replies: [{ kind: 'text', text: '高考成绩请登录河南省教育考试院网站查询。' }],
};

describeEachDatabase('automatic replies over HTTP', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  async function staff(accountId: number, ...roles: StaffRole[]) {
    const user = await buildStaff(ctx.db, { roles: roles.map((r) => [accountId, r] as [number, StaffRole]) });
    return { ...(await sessionHeaders(deps.sessions, 'staff', user.id)) } as Record<string, string>;
  }
  const url = (accountId: number, rest = 'rules') => `/api/console/accounts/${accountId}/autoreplies/${rest}`;
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    u: string,
    headers: Record<string, string>,
    payload?: object,
  ) => app.inject({ method, url: u, headers, ...(payload ? { payload } : {}) });

  it('an editor creates, reads, searches, replaces and deletes a rule', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await staff(account.id, 'editor');
    const created = await call('POST', url(account.id), editor, { ...RULE, priority: 3, mode: 'random' });
    expect(created.statusCode).toBe(201);
    const rule = created.json();
    expect(rule).toMatchObject({
      name: '高考成绩',
      priority: 3,
      mode: 'random',
      enabled: true,
      keywords: RULE.keywords,
    });
    await call('POST', url(account.id), editor, {
      ...RULE,
      name: '户口',
      keywords: [{ keyword: 'ＨＵＫＯＵ', matchType: 'exact' }],
    });

    const all = (await call('GET', url(account.id), editor)).json();
    expect(all.total).toBe(2);
    expect(all.items[0].id).toBe(rule.id); // higher priority first
    expect(
      (await call('GET', `${url(account.id)}?q=查分`, editor)).json().items.map((r: { id: number }) => r.id),
    ).toEqual([rule.id]);
    // Search folds too: "hukou" finds the keyword typed full-width.
    expect(
      (await call('GET', `${url(account.id)}?q=hukou`, editor))
        .json()
        .items.map((r: { name: string }) => r.name),
    ).toEqual(['户口']);
    expect((await call('GET', `${url(account.id)}?limit=1&page=2`, editor)).json().items[0].name).toBe(
      '户口',
    );

    const put = await call('PUT', url(account.id, `rules/${rule.id}`), editor, {
      ...RULE,
      name: '成绩查询',
      enabled: false,
    });
    expect(put.json()).toMatchObject({
      id: rule.id,
      name: '成绩查询',
      enabled: false,
      mode: 'all',
      priority: 0,
    });
    expect((await call('GET', url(account.id, `rules/${rule.id}`), editor)).json().name).toBe('成绩查询');
    expect((await call('DELETE', url(account.id, `rules/${rule.id}`), editor)).statusCode).toBe(204);
    const gone = await call('GET', url(account.id, `rules/${rule.id}`), editor);
    expect([gone.statusCode, gone.json().error.code]).toEqual([404, 'AUTOREPLY_RULE_NOT_FOUND']);
  });

  it('an editor of account A can neither see nor write the rules of account B', async () => {
    const a = await buildAccount(ctx.db);
    const b = await buildAccount(ctx.db);
    const editorA = await staff(a.id, 'editor');
    const ruleB = await buildRule(ctx.db, b.id, ['乙的规则']);
    for (const [method, u, body] of [
      ['GET', url(b.id), undefined],
      ['POST', url(b.id), RULE],
      ['PUT', url(b.id, `rules/${ruleB.id}`), RULE],
      ['DELETE', url(b.id, `rules/${ruleB.id}`), undefined],
      ['GET', url(b.id, 'greeting'), undefined],
      ['PUT', url(b.id, 'default'), { enabled: false, replies: [] }],
      ['POST', url(b.id, 'try'), { text: '乙的规则' }],
    ] as const) {
      const res = await call(method, u, editorA, body);
      expect([method, u, res.statusCode], res.body).toEqual([method, u, 403]);
    }
    // Nor reach B's rule through A's address.
    expect((await call('GET', url(a.id, `rules/${ruleB.id}`), editorA)).statusCode).toBe(404);
    expect((await call('DELETE', url(a.id, `rules/${ruleB.id}`), editorA)).statusCode).toBe(404);
  });

  it('an analyst cannot read or write; a responder reads and tries but cannot write', async () => {
    const account = await buildAccount(ctx.db);
    const analyst = await staff(account.id, 'analyst');
    const responder = await staff(account.id, 'responder');
    expect((await call('GET', url(account.id), analyst)).statusCode).toBe(403);
    expect((await call('POST', url(account.id), analyst, RULE)).statusCode).toBe(403);
    expect(
      (await call('PUT', url(account.id, 'greeting'), analyst, { enabled: false, replies: [] })).statusCode,
    ).toBe(403);
    expect((await call('GET', url(account.id), responder)).statusCode).toBe(200);
    expect((await call('POST', url(account.id, 'try'), responder, { text: '你好' })).statusCode).toBe(200);
    expect((await call('POST', url(account.id), responder, RULE)).statusCode).toBe(403);
  });

  it('refuses a regex with catastrophic backtracking, naming the keyword', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await staff(account.id, 'editor');
    const body = (keyword: string) => ({
      ...RULE,
      keywords: [RULE.keywords[0], { keyword, matchType: 'regex' }],
    });
    const unsafe = await call('POST', url(account.id), editor, body('^(a+)+$'));
    expect(unsafe.statusCode).toBe(400);
    expect(unsafe.json().error).toMatchObject({
      code: 'AUTOREPLY_REGEX_UNSAFE',
      field: 'keywords[1].keyword',
      details: { keyword: '^(a+)+$' },
    });
    expect((await call('POST', url(account.id), editor, body('(\\d+\\s?)+号'))).json().error.code).toBe(
      'AUTOREPLY_REGEX_UNSAFE',
    );
    const invalid = await call('POST', url(account.id), editor, body('成绩('));
    expect(invalid.json().error).toMatchObject({
      code: 'AUTOREPLY_REGEX_INVALID',
      field: 'keywords[1].keyword',
    });
    expect((await call('GET', url(account.id), editor)).json().total).toBe(0);
    // Linear and quadratic patterns are fine (regexes only ever read 500 characters).
    expect((await call('POST', url(account.id), editor, body('办理.*进度'))).statusCode).toBe(201);
  });

  it('enforces the keyword limits with stable codes', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await staff(account.id, 'editor');
    const many = Array.from({ length: 201 }, (_, i) => ({ keyword: `词${i}`, matchType: 'exact' }));
    const tooMany = await call('POST', url(account.id), editor, { ...RULE, keywords: many });
    expect(tooMany.json().error.code).toBe('AUTOREPLY_TOO_MANY_KEYWORDS');
    expect(
      (await call('POST', url(account.id), editor, { ...RULE, keywords: many.slice(0, 200) })).statusCode,
    ).toBe(201);
    const long = await call('POST', url(account.id), editor, {
      ...RULE,
      keywords: [{ keyword: '长'.repeat(61), matchType: 'contains' }],
    });
    expect(long.json().error).toMatchObject({
      code: 'AUTOREPLY_KEYWORD_TOO_LONG',
      field: 'keywords[0].keyword',
    });
    const empty = await call('POST', url(account.id), editor, {
      ...RULE,
      keywords: [{ keyword: ' \u3000 ', matchType: 'exact' }],
    });
    expect(empty.json().error.code).toBe('AUTOREPLY_KEYWORD_EMPTY');
  });

  it('an account holds at most 10,000 rules', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await staff(account.id, 'editor');
    const now = Date.now();
    for (let i = 0; i < 10_000; i += 1_000)
      await ctx.db.k
        .insertInto('autoreply_rules')
        .values(
          Array.from({ length: 1_000 }, (_, j) => ({
            account_id: account.id,
            name: `r${i + j}`,
            reply_mode: 'all' as const,
            replies_json: '[]',
            created_by: null,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    const res = await call('POST', url(account.id), editor, RULE);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'AUTOREPLY_TOO_MANY_RULES']);
  });

  it('an account holds at most 50 regex keywords without literal text; anchored ones are not counted', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await staff(account.id, 'editor');
    const unanchored = (n: number, from = 0) =>
      Array.from({ length: n }, (_, i) => ({ keyword: `^\\d{${from + i + 1}}$`, matchType: 'regex' }));
    const first = await call('POST', url(account.id), editor, { ...RULE, keywords: unanchored(30) });
    expect(first.statusCode).toBe(201);
    const anchored = await call('POST', url(account.id), editor, {
      ...RULE,
      keywords: [{ keyword: '成绩.*查询', matchType: 'regex' }],
    });
    expect(anchored.statusCode).toBe(201);
    const over = await call('POST', url(account.id), editor, { ...RULE, keywords: unanchored(21, 30) });
    expect([over.statusCode, over.json().error]).toEqual([
      409,
      expect.objectContaining({ code: 'AUTOREPLY_TOO_MANY_UNANCHORED_REGEX', field: 'keywords' }),
    ]);
    // Replacing a rule's own keywords does not count them twice.
    const firstId = first.json().id;
    const same = await call('PUT', url(account.id, `rules/${firstId}`), editor, {
      ...RULE,
      keywords: unanchored(50),
    });
    expect(same.statusCode).toBe(200);
    const beyond = await call('POST', url(account.id), editor, { ...RULE, keywords: unanchored(1, 60) });
    expect(beyond.json().error.code).toBe('AUTOREPLY_TOO_MANY_UNANCHORED_REGEX');
  });

  it("replies may only refer to the account's own media and publications, and links must be safe", async () => {
    const a = await buildAccount(ctx.db);
    const b = await buildAccount(ctx.db);
    const editor = await staff(a.id, 'editor');
    const owner = await buildStaff(ctx.db);
    const mediaB = await buildMedia(ctx.db, b.id, owner.id);
    const pubB = await buildPublication(ctx.db, b.id, owner.id);
    const mediaA = await buildMedia(ctx.db, a.id, owner.id);
    const pubA = await buildPublication(ctx.db, a.id, owner.id, '本号文章');
    const withReply = (reply: object) => ({ ...RULE, replies: [{ kind: 'text', text: '好' }, reply] });
    const bad = [
      [{ kind: 'image', mediaId: mediaB.id }, 'AUTOREPLY_MEDIA_NOT_FOUND', 'replies[1].mediaId'],
      [
        { kind: 'articles', publicationIds: [pubA.id, pubB.id] },
        'AUTOREPLY_ARTICLE_NOT_FOUND',
        'replies[1].publicationIds[1]',
      ],
      [{ kind: 'link', title: '坏', url: 'javascript:alert(1)' }, 'AUTOREPLY_LINK_INVALID', 'replies[1].url'],
    ] as const;
    for (const [reply, code, field] of bad)
      expect((await call('POST', url(a.id), editor, withReply(reply))).json().error).toMatchObject({
        code,
        field,
      });
    const ok = await call('POST', url(a.id), editor, {
      ...RULE,
      replies: [
        { kind: 'image', mediaId: mediaA.id },
        { kind: 'articles', publicationIds: [pubA.id] },
      ],
    });
    expect(ok.json().replies).toEqual([
      { kind: 'image', mediaId: mediaA.id, url: `/media/${mediaA.storage_key}` },
      {
        kind: 'articles',
        publicationIds: [pubA.id],
        articles: [{ id: pubA.id, title: '本号文章', url: `/a/${pubA.slug}` }],
      },
    ]);
  });

  it('greeting and default reply read back as written; enabling one needs a reply', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await staff(account.id, 'editor');
    expect((await call('GET', url(account.id, 'greeting'), editor)).json()).toEqual({
      enabled: false,
      mode: 'all',
      replies: [],
    });
    const set = { enabled: true, mode: 'random', replies: [{ kind: 'text', text: '欢迎关注' }] };
    expect((await call('PUT', url(account.id, 'greeting'), editor, set)).json()).toEqual(set);
    expect((await call('GET', url(account.id, 'greeting'), editor)).json()).toEqual(set);
    expect((await call('GET', url(account.id, 'default'), editor)).json().enabled).toBe(false);
    const empty = await call('PUT', url(account.id, 'default'), editor, { enabled: true, replies: [] });
    expect(empty.json().error.code).toBe('AUTOREPLY_REPLIES_MISSING');
  });

  it('try-it names the answering rule, the matched keyword in the input, and why the others lost', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await staff(account.id, 'editor');
    const older = await buildRule(ctx.db, account.id, [['成绩', 'contains']], { name: '成绩（旧）' });
    const winner = await buildRule(ctx.db, account.id, [['高考', 'contains']], { name: '高考', priority: 2 });
    const newer = await buildRule(ctx.db, account.id, [['成绩', 'contains']], { name: '成绩（新）' });
    const regex = await buildRule(ctx.db, account.id, [['成.', 'regex']], { name: '正则' });
    const low = await buildRule(ctx.db, account.id, [['查', 'contains']], { name: '低', priority: -1 });
    const input = '请问 高考 成绩 怎么查？';
    const res = (await call('POST', url(account.id, 'try'), editor, { text: input })).json();
    expect(res).toMatchObject({
      reason: 'keyword',
      rule: { id: winner.id, name: '高考' },
      matched: { keyword: '高考', matchType: 'contains', at: [3, 5] },
      folded: '请问高考成绩怎么查?',
      messages: [{ kind: 'text', text: '答复：[["高考","contains"]]' }],
    });
    expect(input.slice(...(res.matched.at as [number, number]))).toBe('高考');
    expect(
      res.candidates.map((c: { rule: { id: number }; lostBecause: string }) => [c.rule.id, c.lostBecause]),
    ).toEqual([
      [older.id, 'lowerPriority'],
      [newer.id, 'lowerPriority'],
      [regex.id, 'lowerPriority'],
      [low.id, 'lowerPriority'],
    ]);
    const tie = (await call('POST', url(account.id, 'try'), editor, { text: '成绩' })).json();
    expect(tie.rule.id).toBe(older.id);
    expect(
      tie.candidates.map((c: { rule: { id: number }; lostBecause: string }) => [c.rule.id, c.lostBecause]),
    ).toEqual([
      [newer.id, 'newerRule'],
      [regex.id, 'weakerMatch'],
    ]);
    const none = (await call('POST', url(account.id, 'try'), editor, { text: '你好' })).json();
    expect(none).toEqual({
      reason: 'none',
      rule: null,
      matched: null,
      folded: '你好',
      candidates: [],
      messages: [],
    });
    await call('PUT', url(account.id, 'default'), editor, {
      enabled: true,
      replies: [{ kind: 'text', text: '已收到' }],
    });
    expect((await call('POST', url(account.id, 'try'), editor, { text: '你好' })).json()).toMatchObject({
      reason: 'default',
      messages: [{ kind: 'text', text: '已收到' }],
    });
    const click = await buildRule(ctx.db, account.id, ['GAOKAO_SCORE']);
    expect(
      (await call('POST', url(account.id, 'try'), editor, { key: 'GAOKAO_SCORE' })).json(),
    ).toMatchObject({
      reason: 'keyword',
      rule: { id: click.id },
      matched: { keyword: 'GAOKAO_SCORE', matchType: 'exact' },
      folded: 'gaokao_score',
    });
  });
});
