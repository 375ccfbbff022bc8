/**
 * Request and answer schemas of automatic replies (docs/API.md, "Automatic replies"). Limits
 * a person can run into while editing (keyword count and length, rule count) are checked by
 * the use cases with their own error codes; the bounds here only cap a request's size.
 */
import { Type, type Static } from 'typebox';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const tags = ['autoreplies'];

export const LIMITS = {
  keywordsPerRule: 200,
  keywordLength: 60,
  rulesPerAccount: 10_000,
  /** Regex keywords with no literal text run against every message (matcher.ts, alwaysRun). */
  unanchoredRegexPerAccount: 50,
  repliesPerSet: 10,
  articlesPerReply: 8,
} as const;

export const MatchTypeSchema = Type.Union(
  [Type.Literal('exact'), Type.Literal('contains'), Type.Literal('regex')],
  {
    description: 'exact: the whole message; contains: anywhere in it; regex: a JavaScript regular expression',
  },
);
const Mode = Type.Union([Type.Literal('all'), Type.Literal('random')], {
  description: 'all: send every reply; random: send one of them',
});

const TextReply = Type.Object({
  kind: Type.Literal('text'),
  text: Type.String({ minLength: 1, maxLength: 2000 }),
});
const ImageReply = Type.Object({
  kind: Type.Literal('image'),
  mediaId: Type.Integer({
    minimum: 1,
    maximum: 2147483647,
    description: 'an image of the account (POST …/media)',
  }),
});
const ArticlesReply = Type.Object({
  kind: Type.Literal('articles'),
  publicationIds: Type.Array(Id, {
    minItems: 1,
    maxItems: LIMITS.articlesPerReply,
    description: 'publications of the account, shown as cards in this order',
  }),
});
const LinkReply = Type.Object({
  kind: Type.Literal('link'),
  title: Type.String({ minLength: 1, maxLength: 64 }),
  url: Type.String({
    minLength: 1,
    maxLength: 1024,
    description: 'a site path such as /accounts/<handle>/hotlines, or an http(s) URL',
  }),
});

/** A reply as stored and as written by the console. */
export const ReplyInput = Type.Union([TextReply, ImageReply, ArticlesReply, LinkReply]);
export type ReplyInputT = Static<typeof ReplyInput>;

/** A reply as the console reads it: what it refers to is resolved for display. */
export const ReplyView = Type.Union([
  TextReply,
  Type.Object({ ...ImageReply.properties, url: Type.Union([Type.String(), Type.Null()]) }),
  Type.Object({
    ...ArticlesReply.properties,
    articles: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), url: Type.String() })),
  }),
  LinkReply,
]);

const Replies = Type.Array(ReplyInput, { minItems: 1, maxItems: LIMITS.repliesPerSet });

const KeywordInput = Type.Object({
  keyword: Type.String({
    maxLength: 1000,
    description: 'at most 60 characters (AUTOREPLY_KEYWORD_TOO_LONG)',
  }),
  matchType: MatchTypeSchema,
});

export const RuleInput = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 60 }),
  priority: Type.Optional(
    Type.Integer({ minimum: -1000, maximum: 1000, default: 0, description: 'higher answers first' }),
  ),
  mode: Type.Optional(Mode),
  enabled: Type.Optional(Type.Boolean({ default: true })),
  keywords: Type.Array(KeywordInput, {
    minItems: 1,
    maxItems: 1000,
    description: 'at most 200 (AUTOREPLY_TOO_MANY_KEYWORDS)',
  }),
  replies: Replies,
});
export type RuleInputT = Static<typeof RuleInput>;

export const RuleView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  priority: Type.Integer(),
  mode: Mode,
  enabled: Type.Boolean(),
  keywords: Type.Array(Type.Object({ keyword: Type.String(), matchType: MatchTypeSchema })),
  replies: Type.Array(ReplyView),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
});
export type RuleViewT = Static<typeof RuleView>;

export const ReplySetInput = Type.Object({
  enabled: Type.Boolean(),
  mode: Type.Optional(Mode),
  replies: Type.Array(ReplyInput, {
    maxItems: LIMITS.repliesPerSet,
    description: 'may be empty when disabled',
  }),
});
export type ReplySetInputT = Static<typeof ReplySetInput>;

const ReplySetView = Type.Object({ enabled: Type.Boolean(), mode: Mode, replies: Type.Array(ReplyView) });

/** A message as the engine sends it (ReplyMessage in engine.ts). */
export const ReplyMessageSchema = Type.Union([
  Type.Object({ kind: Type.Literal('text'), text: Type.String() }),
  Type.Object({ kind: Type.Literal('image'), url: Type.String(), mime: Type.String() }),
  Type.Object({
    kind: Type.Literal('articles'),
    articles: Type.Array(
      Type.Object({
        title: Type.String(),
        summary: Type.String(),
        coverUrl: Type.Union([Type.String(), Type.Null()]),
        url: Type.String(),
      }),
    ),
  }),
  Type.Object({ kind: Type.Literal('link'), title: Type.String(), url: Type.String() }),
]);

const RuleRef = Type.Object({ id: Type.Integer(), name: Type.String() });
const Range = Type.Tuple([Type.Integer(), Type.Integer()], {
  description: '[start, end) in the text as sent (UTF-16 units)',
});

export const TryAnswer = Type.Object({
  reason: Type.Union([Type.Literal('keyword'), Type.Literal('default'), Type.Literal('none')], {
    description: 'none: no rule matched and there is no default reply',
  }),
  rule: Type.Union([RuleRef, Type.Null()]),
  matched: Type.Union([
    Type.Object({ keyword: Type.String(), matchType: MatchTypeSchema, at: Type.Optional(Range) }),
    Type.Null(),
  ]),
  folded: Type.String({ description: 'the message after folding: what the keywords are compared with' }),
  candidates: Type.Array(
    Type.Object({
      rule: RuleRef,
      priority: Type.Integer(),
      keyword: Type.String(),
      matchType: MatchTypeSchema,
      at: Type.Optional(Range),
      lostBecause: Type.Union(
        [Type.Literal('lowerPriority'), Type.Literal('weakerMatch'), Type.Literal('newerRule')],
        {
          description:
            'weakerMatch: same priority, exact > contains > regex; newerRule: all equal, the older rule wins',
        },
      ),
    }),
    { description: 'the other rules that matched, in precedence order' },
  ),
  messages: Type.Array(ReplyMessageSchema),
});

const AccountParams = Type.Object({ accountId: Id });
const RuleParams = Type.Object({ accountId: Id, ruleId: Id });

export const listRulesSchema = {
  tags,
  summary: 'Keyword rules of an account, in precedence order 关键词回复规则',
  params: AccountParams,
  querystring: Type.Object({
    q: Type.Optional(Type.String({ maxLength: 60, description: 'searches rule names and keywords' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  }),
  response: { 200: Type.Object({ items: Type.Array(RuleView), total: Type.Integer() }) },
};

export const getRuleSchema = {
  tags,
  summary: 'One keyword rule',
  params: RuleParams,
  response: { 200: RuleView },
};

export const createRuleSchema = {
  tags,
  summary: 'Create a keyword rule',
  params: AccountParams,
  body: RuleInput,
  response: { 201: RuleView },
};

export const updateRuleSchema = {
  tags,
  summary: 'Replace a keyword rule',
  params: RuleParams,
  body: RuleInput,
  response: { 200: RuleView },
};

export const deleteRuleSchema = {
  tags,
  summary: 'Delete a keyword rule (204)',
  params: RuleParams,
};

export const getReplySetSchema = (what: string) => ({
  tags,
  summary: `The ${what}`,
  params: AccountParams,
  response: { 200: ReplySetView },
});

export const putReplySetSchema = (what: string) => ({
  tags,
  summary: `Set the ${what}`,
  params: AccountParams,
  body: ReplySetInput,
  response: { 200: ReplySetView },
});

export const tryReplySchema = {
  tags,
  summary: 'Which rule answers a sample message, and why 试一试',
  params: AccountParams,
  body: Type.Union([
    Type.Object({ text: Type.String({ minLength: 1, maxLength: 2000 }) }),
    Type.Object({ key: Type.String({ minLength: 1, maxLength: 128, description: 'a menu click key' }) }),
  ]),
  response: { 200: TryAnswer },
};
