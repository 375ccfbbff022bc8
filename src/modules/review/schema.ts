/** Route schemas of the review module (docs/API.md, "Review"). */
import { Type } from 'typebox';
import { AUTHOR_MAX, BODY_MAX, TITLE_MAX } from '../publishing/draftRules.js';
import { SUMMARY_MAX } from '../publishing/sanitize.js';
import { COMMENT_MAX } from './decide.js';
import { REASON_MAX } from './withdrawPublication.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) =>
  Type.Union([t, Type.Null()]);
const AccountParams = Type.Object({ accountId: Id });
const ArticleParams = Type.Object({ accountId: Id, articleId: Id });
const Role = Type.Union([
  Type.Literal('reviewer'),
  Type.Literal('leader'),
  Type.Literal('admin'),
  Type.Literal('editor'),
]);
const Status = Type.Union([
  Type.Literal('draft'),
  Type.Literal('in_review'),
  Type.Literal('rejected'),
  Type.Literal('approved'),
  Type.Literal('scheduled'),
  Type.Literal('published'),
  Type.Literal('withdrawn'),
]);
const Kind = Type.Union([Type.Literal('release'), Type.Literal('correction')]);

const Chains = Type.Object({ '1': Type.Array(Role), '2': Type.Array(Role), '3': Type.Array(Role) });

const TimelineEvent = Type.Object({
  kind: Type.Union([
    Type.Literal('submitted'),
    Type.Literal('resubmitted'),
    Type.Literal('corrected'),
    Type.Literal('approved'),
    Type.Literal('rejected'),
    Type.Literal('withdrawn'),
    Type.Literal('superseded'),
  ]),
  at: Type.Integer(),
  actorId: Nullable(Type.Integer()),
  actorName: Nullable(Type.String()),
  version: Type.Integer(),
  submissionId: Type.Integer(),
  step: Nullable(Type.Integer()),
  role: Nullable(Type.String()),
  comment: Nullable(Type.String()),
});

export const ReviewState = Type.Object({
  articleId: Type.Integer(),
  status: Status,
  tier: Type.Integer(),
  version: Type.Integer(),
  chain: Type.Array(Type.String(), { description: "the tier's chain as configured now" }),
  pending: Type.Union([
    Type.Object({
      id: Type.Integer(),
      kind: Kind,
      version: Type.Integer(),
      chain: Type.Array(Type.String(), { description: 'the chain as it was at submission' }),
      step: Type.Integer({ description: 'index into chain of the approval awaited' }),
      role: Nullable(Type.String()),
      submittedBy: Nullable(Type.Integer()),
      submittedByName: Nullable(Type.String()),
      submittedAt: Type.Integer(),
      ownWork: Type.Boolean({ description: 'the viewer submitted or last edited it (two-person rule)' }),
    }),
    Type.Null(),
  ]),
  correction: Type.Union([
    Type.Object({
      version: Type.Integer(),
      title: Type.String(),
      author: Type.String(),
      summary: Type.String(),
      bodyHtml: Type.String(),
      coverMediaId: Nullable(Type.Integer()),
      pending: Type.Boolean(),
    }),
    Type.Null(),
  ]),
  lastRejection: Type.Union([
    Type.Object({ comment: Nullable(Type.String()), actorName: Nullable(Type.String()), at: Type.Integer() }),
    Type.Null(),
  ]),
  publication: Type.Union([
    Type.Object({
      slug: Type.String(),
      withdrawnAt: Nullable(Type.Integer()),
      revisedAt: Nullable(Type.Integer()),
    }),
    Type.Null(),
  ]),
  actions: Type.Object({
    submit: Type.Boolean(),
    approve: Type.Boolean(),
    reject: Type.Boolean(),
    withdrawSubmission: Type.Boolean(),
    correct: Type.Boolean(),
    withdrawPublication: Type.Boolean(),
  }),
  timeline: Type.Array(TimelineEvent),
});

const tags = ['review'];

export const reviewStateSchema = {
  tags,
  summary: "An article's review: chain, pending step, what the viewer may do, history",
  params: ArticleParams,
  response: { 200: ReviewState },
};

export const submitSchema = {
  tags,
  summary: 'Submit a draft (or resubmit a rejected article) for review; screened first',
  params: ArticleParams,
  response: { 200: ReviewState },
};

export const approveSchema = {
  tags,
  summary: 'Approve the current step (not your own submission: REVIEW_SELF_APPROVAL)',
  params: ArticleParams,
  body: Type.Object({
    comment: Type.Optional(Type.String({ maxLength: COMMENT_MAX })),
    step: Type.Optional(
      Type.Integer({ minimum: 0, description: 'the step you saw; stale → REVIEW_NOT_PENDING' }),
    ),
  }),
  response: { 200: ReviewState },
};

export const rejectSchema = {
  tags,
  summary: 'Reject the current step with a comment',
  params: ArticleParams,
  body: Type.Object({
    comment: Type.String({ minLength: 1, maxLength: COMMENT_MAX }),
    step: Type.Optional(
      Type.Integer({ minimum: 0, description: 'the step you saw; stale → REVIEW_NOT_PENDING' }),
    ),
  }),
  response: { 200: ReviewState },
};

export const withdrawSubmissionSchema = {
  tags,
  summary: 'Take a pending submission back',
  params: ArticleParams,
  response: { 200: ReviewState },
};

export const correctSchema = {
  tags,
  summary: 'Edit a published article: the correction goes through the tier’s chain',
  params: ArticleParams,
  body: Type.Object({
    title: Type.Optional(Type.String({ minLength: 1, maxLength: TITLE_MAX })),
    author: Type.Optional(Type.String({ maxLength: AUTHOR_MAX })),
    summary: Type.Optional(Type.String({ maxLength: SUMMARY_MAX })),
    bodyHtml: Type.Optional(Type.String({ maxLength: BODY_MAX })),
    coverMediaId: Type.Optional(Nullable(Id)),
  }),
  response: { 200: ReviewState },
};

export const withdrawPublicationSchema = {
  tags,
  summary: 'Withdraw a published article (its page then shows a withdrawal notice)',
  params: ArticleParams,
  body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: REASON_MAX })) }),
  response: { 200: ReviewState },
};

const VersionSummary = Type.Object({
  version: Type.Integer(),
  kind: Type.Union([Type.Literal('draft'), Type.Literal('correction')]),
  title: Type.String(),
  tier: Type.Integer(),
  createdBy: Nullable(Type.Integer()),
  createdByName: Nullable(Type.String()),
  createdAt: Type.Integer(),
});

export const listVersionsSchema = {
  tags,
  summary: "An article's saved versions, newest first",
  params: ArticleParams,
  response: { 200: Type.Object({ items: Type.Array(VersionSummary) }) },
};

export const getVersionSchema = {
  tags,
  summary: 'One saved version of an article',
  params: Type.Object({ accountId: Id, articleId: Id, version: Id }),
  response: {
    200: Type.Object({
      ...VersionSummary.properties,
      author: Type.String(),
      summary: Type.String(),
      bodyHtml: Type.String(),
      coverMediaId: Nullable(Type.Integer()),
    }),
  },
};

const DiffPart = Type.Object({
  value: Type.String(),
  added: Type.Optional(Type.Boolean()),
  removed: Type.Optional(Type.Boolean()),
});
const Change = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) =>
  Type.Object({ from: Nullable(t), to: Nullable(t) });

export const diffVersionsSchema = {
  tags,
  summary: 'What changed between two versions (character-level diff of title, summary, body text)',
  params: ArticleParams,
  querystring: Type.Object({ from: Id, to: Id }),
  response: {
    200: Type.Object({
      from: Type.Integer(),
      to: Type.Integer(),
      changed: Type.Array(Type.String()),
      title: Type.Array(DiffPart),
      summary: Type.Array(DiffPart),
      body: Type.Array(DiffPart),
      tier: Change(Type.Integer()),
      author: Change(Type.String()),
      coverMediaId: Change(Type.Integer()),
    }),
  },
};

export const getChainsSchema = {
  tags,
  summary: "An account's approval chain per tier (defaults filled in)",
  params: AccountParams,
  response: { 200: Type.Object({ chains: Chains, defaults: Chains }) },
};

export const putChainsSchema = {
  tags,
  summary: "Set an account's approval chains (admins); tiers not given keep theirs",
  params: AccountParams,
  body: Type.Object({
    chains: Type.Object({
      '1': Type.Optional(Type.Array(Role, { maxItems: 5 })),
      '2': Type.Optional(Type.Array(Role, { maxItems: 5 })),
      '3': Type.Optional(Type.Array(Role, { maxItems: 5 })),
    }),
  }),
  response: { 200: Type.Object({ chains: Chains, defaults: Chains }) },
};

export const queueSchema = {
  tags,
  summary: 'Articles awaiting a step this viewer may decide (待我审核)',
  params: AccountParams,
  response: {
    200: Type.Object({
      items: Type.Array(
        Type.Object({
          articleId: Type.Integer(),
          submissionId: Type.Integer(),
          kind: Kind,
          title: Type.String(),
          tier: Type.Integer(),
          status: Status,
          version: Type.Integer(),
          step: Type.Integer(),
          chain: Type.Array(Type.String()),
          role: Type.String(),
          submittedByName: Nullable(Type.String()),
          submittedAt: Type.Integer(),
        }),
      ),
    }),
  },
};
