/**
 * Route schemas of the publishing module: the HTTP contract (docs/API.md) as TypeBox
 * objects. Handlers infer their types from these; /docs is generated from them.
 */
import { Type } from 'typebox';
import { AccountCard } from '../accounts/card.js';
import { PublicationCard } from './card.js';
import { AUTHOR_MAX, BODY_MAX, TITLE_MAX } from './draftRules.js';
import { SUMMARY_MAX } from './sanitize.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) =>
  Type.Union([t, Type.Null()]);

const AccountParams = Type.Object({ accountId: Id });
const ArticleParams = Type.Object({ accountId: Id, articleId: Id });

const ArticleSummary = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  status: Type.Union([
    Type.Literal('draft'),
    Type.Literal('in_review'),
    Type.Literal('rejected'),
    Type.Literal('approved'),
    Type.Literal('scheduled'),
    Type.Literal('published'),
    Type.Literal('withdrawn'),
  ]),
  updatedAt: Type.Integer(),
  publishedSlug: Nullable(Type.String()),
});

const ArticleAdmin = Type.Object({
  ...ArticleSummary.properties,
  author: Type.String(),
  summary: Type.String(),
  bodyHtml: Type.String(),
  coverMediaId: Nullable(Type.Integer()),
  coverUrl: Nullable(Type.String()),
  tier: Type.Integer(),
  version: Type.Integer(),
});

const ArticleFields = {
  title: Type.String({ minLength: 1, maxLength: TITLE_MAX, description: '1–64 characters' }),
  author: Type.Optional(Type.String({ maxLength: AUTHOR_MAX })),
  summary: Type.Optional(
    Type.String({ maxLength: SUMMARY_MAX, description: 'empty: derived from the body' }),
  ),
  bodyHtml: Type.String({ maxLength: BODY_MAX, description: 'HTML; sanitised before it is stored' }),
  coverMediaId: Type.Optional(Nullable(Id)),
  tier: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 3,
      description: 'release tier: 1 convenience, 2 news, 3 emergency/sensitive',
    }),
  ),
};

const tags = ['publishing'];

export const listArticlesSchema = {
  tags,
  summary: 'List the articles of an account (newest edits first)',
  params: AccountParams,
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ maxLength: 64 })),
    // only articles in this status
    status: Type.Optional(ArticleSummary.properties.status),
  }),
  response: { 200: Type.Object({ items: Type.Array(ArticleSummary), nextCursor: Nullable(Type.String()) }) },
};

export const createArticleSchema = {
  tags,
  summary: 'Create a draft article',
  params: AccountParams,
  body: Type.Object(ArticleFields),
  response: { 201: ArticleAdmin },
};

export const getArticleSchema = {
  tags,
  summary: 'Read one article of an account',
  params: ArticleParams,
  response: { 200: ArticleAdmin },
};

export const updateArticleSchema = {
  tags,
  summary: 'Edit a draft (only the fields given change; the version goes up)',
  params: ArticleParams,
  body: Type.Object({
    ...ArticleFields,
    title: Type.Optional(ArticleFields.title),
    bodyHtml: Type.Optional(ArticleFields.bodyHtml),
  }),
  response: { 200: ArticleAdmin },
};

export const publishArticleSchema = {
  tags,
  summary: 'Publish a draft to the account thread',
  params: ArticleParams,
  response: { 200: PublicationCard },
};

export const uploadMediaSchema = {
  tags,
  summary:
    'Upload media (multipart field "file"): an image (JPEG, PNG, GIF, WebP; ≤ 10 MB; resized, metadata stripped), ' +
    'video (MP4, WebM; ≤ 200 MB), audio (MP3, M4A, OGG, WAV; ≤ 30 MB) or attachment (PDF, OFD, Word, Excel, PowerPoint; ≤ 50 MB)',
  consumes: ['multipart/form-data'],
  params: AccountParams,
  response: {
    201: Type.Object({
      id: Type.Integer(),
      url: Type.String(),
      mime: Type.String(),
      size: Type.Integer(),
      kind: Type.Union([
        Type.Literal('image'),
        Type.Literal('video'),
        Type.Literal('audio'),
        Type.Literal('attachment'),
      ]),
      /** The uploaded file name, as given (cleaned); attachments are linked by it. */
      name: Nullable(Type.String()),
      width: Nullable(Type.Integer()),
      height: Nullable(Type.Integer()),
      thumbnailUrl: Nullable(Type.String()),
    }),
  },
};

export const publicArticleSchema = {
  tags,
  summary: 'Read a published article (public)',
  params: Type.Object({ slug: Type.String({ minLength: 1, maxLength: 64 }) }),
  response: {
    200: Type.Object({
      ...PublicationCard.properties,
      author: Type.String(),
      bodyHtml: Type.String(),
      account: AccountCard,
      revisedAt: Type.Union([Type.Integer(), Type.Null()], {
        description: 'set when an approved correction replaced the text (show 已更正 / Corrected)',
      }),
    }),
  },
};
