/**
 * Request and answer schemas of reach and engagement (docs/API.md, "Reach and engagement").
 */
import { Type, type Static, type TSchema } from 'typebox';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const citizenTags = ['engagement'];
const consoleTags = ['engagement (console)'];

export const COMMENT_MAX_LENGTH = 600;
export const REPLY_MAX_LENGTH = 600;
export const DELETE_REASON_MAX_LENGTH = 200;

const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 64 }) });
const AccountParams = Type.Object({ accountId: Id });
const CommentParams = Type.Object({ accountId: Id, commentId: Id });

const Feedback = Type.Union([Type.Literal('useful'), Type.Literal('not_useful')]);

export const EngagementSummary = Type.Object({
  /** Signed-in plus anonymous reads. */
  reads: Type.Integer(),
  likes: Type.Integer(),
  liked: Type.Boolean({ description: 'the signed-in citizen likes it (false when signed out)' }),
  useful: Type.Integer(),
  notUseful: Type.Integer(),
  usefulPercent: Nullable(
    Type.Integer({ description: 'useful / (useful + not useful), rounded; null before any answer' }),
  ),
  feedback: Nullable(Feedback),
  comments: Type.Integer({ description: 'published comments' }),
  shares: Type.Integer(),
});
export type EngagementSummaryView = Static<typeof EngagementSummary>;

const OfficialReply = Type.Object({ body: Type.String(), at: Type.Number() });

export const PublicComment = Type.Object({
  id: Type.Integer(),
  body: Type.String(),
  /** A masked label, e.g. "市民 ****5678". */
  author: Type.String(),
  createdAt: Type.Number(),
  featured: Type.Boolean(),
  /** The reader's own comment still waiting for review (shown as 审核中 to them only). */
  held: Type.Boolean(),
  mine: Type.Boolean(),
  reply: Nullable(OfficialReply),
});
export type PublicCommentView = Static<typeof PublicComment>;

export const getEngagementSchema = {
  tags: citizenTags,
  summary: "An article's reads, likes, useful share and the reader's own answers (public)",
  params: SlugParams,
  response: { 200: EngagementSummary },
};

export const putLikeSchema = {
  tags: citizenTags,
  summary: 'Like or unlike an article (citizen)',
  params: SlugParams,
  body: Type.Object({ liked: Type.Boolean() }),
  response: { 200: EngagementSummary },
};

export const putFeedbackSchema = {
  tags: citizenTags,
  summary: 'Answer 有用 / 没用 (useful / not useful), change it, or take it back with null (citizen)',
  params: SlugParams,
  body: Type.Object({ value: Nullable(Feedback) }),
  response: { 200: EngagementSummary },
};

export const createShareSchema = {
  tags: citizenTags,
  summary: "Make a share link carrying the account's attribution (public)",
  params: SlugParams,
  response: {
    201: Type.Object({
      token: Type.String(),
      /** Site path of the shared page, `/a/<slug>?from=<token>`. */
      url: Type.String(),
    }),
  },
};

export const listCommentsSchema = {
  tags: citizenTags,
  summary: "An article's comments: featured first, with official replies; the reader's own held ones too",
  params: SlugParams,
  response: { 200: Type.Object({ items: Type.Array(PublicComment) }) },
};

export const postCommentSchema = {
  tags: citizenTags,
  summary: 'Comment on an article (citizen); held for review unless the account publishes at once',
  params: SlugParams,
  body: Type.Object({ body: Type.String({ minLength: 1, maxLength: COMMENT_MAX_LENGTH }) }),
  response: { 201: PublicComment },
};

// ---- console ----

export const readHoursSchema = {
  tags: consoleTags,
  summary: 'Reads by hour of the Beijing day and the suggested hours to push',
  params: AccountParams,
  response: {
    200: Type.Object({
      counts: Type.Array(Type.Integer(), { minItems: 24, maxItems: 24 }),
      total: Type.Integer(),
      suggested: Type.Array(Type.Integer({ minimum: 0, maximum: 23 }), { minItems: 1, maxItems: 3 }),
      /** "reads": from the account's own reads; "default": too few reads yet, common reading times. */
      basis: Type.Union([Type.Literal('reads'), Type.Literal('default')]),
    }),
  },
};

export const ArticleFigures = Type.Object({
  articleId: Type.Integer(),
  publications: Type.Integer({ description: 'releases of the article counted here' }),
  reads: Type.Integer({ description: 'signed-in reads (one per citizen per day)' }),
  anonymousReads: Type.Integer(),
  likes: Type.Integer(),
  shares: Type.Integer(),
  shareOpens: Type.Integer(),
  useful: Type.Integer(),
  notUseful: Type.Integer(),
  usefulPercent: Nullable(Type.Integer()),
  comments: Type.Integer({ description: 'published' }),
  heldComments: Type.Integer(),
});

export const articleFiguresSchema = {
  tags: consoleTags,
  summary: "An article's engagement figures over its releases",
  params: Type.Object({ accountId: Id, articleId: Id }),
  response: { 200: ArticleFigures },
};

export const articlesFiguresSchema = {
  tags: consoleTags,
  summary: 'Engagement figures of several articles at once (the article list)',
  params: AccountParams,
  querystring: Type.Object({
    ids: Type.String({
      pattern: '^[0-9]{1,10}(,[0-9]{1,10}){0,99}$',
      description: 'article ids, comma-separated (up to 100)',
    }),
  }),
  response: { 200: Type.Object({ items: Type.Array(ArticleFigures) }) },
};

const Settings = Type.Object({ autoPublishComments: Type.Boolean() });

export const getSettingsSchema = {
  tags: consoleTags,
  summary: "The account's engagement settings",
  params: AccountParams,
  response: { 200: Settings },
};

export const putSettingsSchema = {
  tags: consoleTags,
  summary: 'Change the engagement settings (publish comments without review or hold them)',
  params: AccountParams,
  body: Settings,
  response: { 200: Settings },
};

export const CommentTabSchema = Type.Union([
  Type.Literal('held'),
  Type.Literal('published'),
  Type.Literal('featured'),
  Type.Literal('deleted'),
]);

export const StaffComment = Type.Object({
  id: Type.Integer(),
  publicationId: Type.Integer(),
  publicationTitle: Type.String(),
  publicationSlug: Type.String(),
  /** The commenter's openid on this account. */
  openid: Type.String(),
  body: Type.String(),
  status: Type.Union([Type.Literal('held'), Type.Literal('published'), Type.Literal('deleted')]),
  featured: Type.Boolean(),
  reply: Nullable(OfficialReply),
  deleteReason: Nullable(Type.String()),
  createdAt: Type.Number(),
  moderatedAt: Nullable(Type.Number()),
});
export type StaffCommentView = Static<typeof StaffComment>;

export const consoleCommentsSchema = {
  tags: consoleTags,
  summary: "The account's comments by tab (held, published, featured, deleted), newest first",
  params: AccountParams,
  querystring: Type.Object({
    tab: Type.Optional(CommentTabSchema),
    publicationId: Type.Optional(Id),
    before: Type.Optional(Id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(StaffComment),
      /** Pass as `before` for the next page; null at the end. */
      nextBefore: Nullable(Type.Integer()),
      counts: Type.Object({
        held: Type.Integer(),
        published: Type.Integer(),
        featured: Type.Integer(),
        deleted: Type.Integer(),
      }),
    }),
  },
};

export const approveCommentSchema = {
  tags: consoleTags,
  summary: 'Publish a held comment',
  params: CommentParams,
  response: { 200: StaffComment },
};

export const featureCommentSchema = {
  tags: consoleTags,
  summary: 'Pin a published comment on top (featured) or unpin it',
  params: CommentParams,
  body: Type.Object({ featured: Type.Boolean() }),
  response: { 200: StaffComment },
};

export const replyCommentSchema = {
  tags: consoleTags,
  summary: "Set the account's official reply under a comment (replaces an earlier one)",
  params: CommentParams,
  body: Type.Object({ body: Type.String({ minLength: 1, maxLength: REPLY_MAX_LENGTH }) }),
  response: { 200: StaffComment },
};

export const deleteCommentSchema = {
  tags: consoleTags,
  summary: 'Delete a comment with a reason (it disappears for readers)',
  params: CommentParams,
  body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: DELETE_REASON_MAX_LENGTH }) }),
  response: { 200: StaffComment },
};
