/** Request and answer schemas of following (docs/API.md). */
import { Type } from 'typebox';
import { SCENE_PATTERN } from './qrcode.js';

const FollowState = Type.Object({ following: Type.Boolean(), followerCount: Type.Integer() });
const AccountParams = Type.Object({ id: Type.String({ maxLength: 32 }) });

export const followSchema = {
  tags: ['following'],
  summary: 'Follow an account 关注公众号',
  params: AccountParams,
  body: Type.Optional(
    Type.Object({
      scene: Type.Optional(Type.String({ maxLength: 64, description: 'QR scene the follower came from' })),
    }),
  ),
  response: { 200: FollowState },
};

export const unfollowSchema = {
  tags: ['following'],
  summary: 'Unfollow an account 取消关注',
  params: AccountParams,
  response: { 200: FollowState },
};

export const listFollowersSchema = {
  tags: ['console: followers'],
  summary: 'Followers of an account, by openid only 粉丝列表',
  params: Type.Object({ accountId: Type.String({ maxLength: 32 }) }),
  querystring: Type.Object({
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  }),
  response: {
    200: Type.Object({
      total: Type.Integer(),
      items: Type.Array(
        Type.Object({
          openid: Type.String(),
          followedAt: Type.Number(),
          scene: Type.Union([Type.String(), Type.Null()]),
        }),
      ),
      nextCursor: Type.Union([Type.String(), Type.Null()]),
    }),
  },
};

export const followerStatsSchema = {
  tags: ['console: followers'],
  summary: 'Follower growth per Beijing day and by QR scene 关注者统计',
  params: Type.Object({ accountId: Type.String({ maxLength: 32 }) }),
  querystring: Type.Object({
    days: Type.Integer({ minimum: 1, maximum: 365, default: 30 }),
  }),
  response: {
    200: Type.Object({
      total: Type.Integer(),
      days: Type.Array(
        Type.Object({
          date: Type.String({ description: 'YYYY-MM-DD in Beijing time (UTC+8)' }),
          newFollowers: Type.Integer(),
          total: Type.Integer(),
        }),
      ),
      byScene: Type.Array(
        Type.Object({ scene: Type.Union([Type.String(), Type.Null()]), followers: Type.Integer() }),
      ),
    }),
  },
};

export const followQrSchema = {
  tags: ['console: followers'],
  summary: 'Follow QR code with a scene parameter (SVG or PNG) 带参数的关注二维码',
  params: Type.Object({ accountId: Type.String({ maxLength: 32 }) }),
  querystring: Type.Object({
    scene: Type.String({ pattern: SCENE_PATTERN, description: '1–64 of A–Z a–z 0–9 _ -' }),
    format: Type.Union([Type.Literal('svg'), Type.Literal('png')], { default: 'svg' }),
    download: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 1, description: '1: answer as an attachment' }),
    ),
  }),
  response: {
    200: {
      description: 'The QR code image',
      content: {
        'image/svg+xml': { schema: Type.String() },
        // Bytes on the wire; OpenAPI's way of saying so is a binary string.
        'image/png': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) },
      },
    },
  },
};
