/** Request and answer schemas of following (docs/API.md). */
import { Type } from 'typebox';

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
