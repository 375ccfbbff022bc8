/** Request and answer schemas of follower tags and the citizen's region (docs/API.md). */
import { Type } from 'typebox';
import { TAG_LIMITS } from './tags.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const AccountParams = Type.Object({ accountId: Id });
const TagParams = Type.Object({ accountId: Id, tagId: Id });
const Openid = Type.String({ minLength: 1, maxLength: 64 });

export const Tag = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  followers: Type.Integer({ description: 'current followers carrying the tag' }),
});
const TagName = Type.Object({
  name: Type.String({
    minLength: 1,
    maxLength: TAG_LIMITS.nameChars,
    description: '1–30 characters, unique',
  }),
});
const Openids = Type.Object({
  openids: Type.Array(Openid, { minItems: 1, maxItems: TAG_LIMITS.openidsPerCall }),
});

const tags = ['follower tags'];

export const listTagsSchema = {
  tags,
  summary: "An account's follower tags, oldest first",
  params: AccountParams,
  response: { 200: Type.Object({ items: Type.Array(Tag) }) },
};

export const createTagSchema = {
  tags,
  summary: 'Create a follower tag (at most 100 per account)',
  params: AccountParams,
  body: TagName,
  response: { 201: Tag },
};

export const renameTagSchema = {
  tags,
  summary: 'Rename a follower tag',
  params: TagParams,
  body: TagName,
  response: { 200: Tag },
};

export const deleteTagSchema = {
  tags,
  summary: 'Delete a follower tag (409 TAG_IN_USE while a conditional menu matches on it)',
  params: TagParams,
  response: { 204: Type.Null() },
};

export const addMembersSchema = {
  tags,
  summary: 'Tag followers by openid (all must be current followers)',
  params: TagParams,
  body: Openids,
  response: { 200: Tag },
};

export const removeMembersSchema = {
  tags,
  summary: 'Untag followers by openid',
  params: TagParams,
  body: Openids,
  response: { 200: Tag },
};

export const followerTagsSchema = {
  tags,
  summary: 'The tags of some followers (e.g. one page of the follower list)',
  params: AccountParams,
  querystring: Type.Object({
    openid: Type.Array(Openid, { minItems: 1, maxItems: 100, description: 'repeat: ?openid=a&openid=b' }),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(Type.Object({ openid: Type.String(), tagIds: Type.Array(Type.Integer()) })),
    }),
  },
};

const MyRegion = Type.Object({
  regionCode: Type.Union([Type.String(), Type.Null()]),
  path: Type.Array(Type.Object({ code: Type.String(), name: Type.String() }), {
    description: 'province first, down to the region itself',
  }),
});

export const getMyRegionSchema = {
  tags: ['citizen'],
  summary: "The signed-in citizen's home region 我的地区",
  response: { 200: MyRegion },
};

export const setMyRegionSchema = {
  tags: ['citizen'],
  summary: "Set or clear the signed-in citizen's home region (per-region menus match on it)",
  body: Type.Object({
    regionCode: Type.Union([Type.String({ pattern: '^\\d{6}$' }), Type.Null()], {
      description: 'a GB/T 2260 code from /api/regions, or null to clear',
    }),
  }),
  response: { 200: MyRegion },
};
