/**
 * The accounts module's HTTP contract (docs/API.md): one schema per endpoint, the handler
 * types are inferred from them and the OpenAPI document is generated from them.
 */
import { Type, type Static } from 'typebox';
import { AccountCard, Department, Level } from './card.js';
import { RenameInReview } from '../verification/schema.js';
import { NameHoldSummary } from '../guard/schema.js';

export { AccountCard };

const RegionCode = Type.String({ pattern: '^[0-9]{6}$', description: 'GB/T 2260 six-digit code' });
/** Not all digits: a numeric `ref` in /api/accounts/:ref always means an id. */
const Handle = Type.String({
  pattern: '^(?![0-9]+$)[a-z0-9][a-z0-9-]{2,39}$',
  description: 'lower-case letters, digits and hyphens',
});
/** Required text: at least one non-space character. */
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

const profileFields = {
  introduction: Type.String(),
  owningUnit: Type.String(),
  contact: Type.String(),
  publicationCount: Type.Integer(),
};

export const AccountProfile = Type.Object({
  ...AccountCard.properties,
  ...profileFields,
  following: Type.Boolean(),
});

export const AccountAdmin = Type.Object({
  ...AccountCard.properties,
  ...profileFields,
  /** held: created with a name the impersonation guard holds for platform review (hidden). */
  status: Type.Enum(['active', 'suspended', 'held']),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
  /** The name waiting for platform review, when the guard held one (docs/GUARD.md). */
  nameHold: Type.Optional(NameHoldSummary),
});

const inputFields = {
  handle: Handle,
  name: Type.String({ minLength: 2, maxLength: 60, pattern: '\\S' }),
  level: Level,
  departmentType: Department,
  regionCode: RegionCode,
  owningUnit: Text(100),
  contact: Text(100),
  avatarUrl: Type.Optional(
    Type.Union([Type.String({ maxLength: 500, pattern: '^(https?://|/)\\S*$' }), Type.Null()]),
  ),
  introduction: Type.String({ maxLength: 1000 }),
};

export const AccountInput = Type.Object(inputFields, { additionalProperties: false });
export type AccountInputT = Static<typeof AccountInput>;

export const AccountPatch = Type.Partial(Type.Object(inputFields), {
  additionalProperties: false,
  minProperties: 1,
});
export type AccountPatchT = Static<typeof AccountPatch>;

export const AccountIdParams = Type.Object({ accountId: Type.String({ maxLength: 40 }) });
export const AccountRefParams = Type.Object({ ref: Type.String({ maxLength: 60 }) });

const tags = ['accounts'];
const consoleTags = ['console: accounts'];

export const listRegionsSchema = {
  tags,
  summary: 'Regions (GB/T 2260): provinces, or the children of `parent`',
  querystring: Type.Object({ parent: Type.Optional(RegionCode) }),
  response: {
    200: Type.Object({
      items: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() })),
    }),
  },
};

export const listDepartmentsSchema = {
  tags,
  summary: 'Department types with Chinese and English labels',
  response: {
    200: Type.Object({
      items: Type.Array(Type.Object({ key: Type.String(), zh: Type.String(), en: Type.String() })),
    }),
  },
};

export const directorySchema = {
  tags,
  summary: 'Account directory for citizens: verified first, then by follower count',
  querystring: Type.Object({
    q: Type.Optional(Type.String({ maxLength: 50 })),
    region: Type.Optional(RegionCode),
    department: Type.Optional(Department),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(AccountCard),
      nextCursor: Type.Union([Type.String(), Type.Null()]),
    }),
  },
};

const Labelled = { zh: Type.String(), en: Type.String(), accounts: Type.Integer({ minimum: 0 }) };

export const DirectoryStats = Type.Object({
  total: Type.Integer({ minimum: 0, description: 'active accounts' }),
  verified: Type.Integer({ minimum: 0, description: 'active verified accounts' }),
  byLevel: Type.Array(Type.Object({ level: Level, ...Labelled }), {
    description: 'every level, national to township, zeros included (the paper’s Figure 1)',
  }),
  byDepartment: Type.Array(Type.Object({ key: Department, ...Labelled }), {
    description: 'departments with accounts, most first (the paper’s Figure 2)',
  }),
  byRegion: Type.Optional(
    Type.Array(Type.Object({ code: Type.String(), name: Type.String(), accounts: Type.Integer() }), {
      description:
        'the largest regions one level below the filter (provinces without one), most first, at most 10; absent for a county',
    }),
  ),
});

export const directoryStatsSchema = {
  tags,
  summary: 'Public statistic: active accounts by level, department and region (cacheable for 5 minutes)',
  querystring: Type.Object({ region: Type.Optional(RegionCode) }),
  response: { 200: DirectoryStats },
};

export const accountProfileSchema = {
  tags,
  summary: 'Public profile of an account, by numeric id or handle',
  params: AccountRefParams,
  response: { 200: AccountProfile },
};

export const listConsoleAccountsSchema = {
  tags: consoleTags,
  summary: 'Accounts the signed-in staff user may see',
  response: { 200: Type.Object({ items: Type.Array(AccountAdmin) }) },
};

export const createAccountSchema = {
  tags: consoleTags,
  summary: 'Create an account (platform admin)',
  body: AccountInput,
  response: { 201: AccountAdmin },
};

export const getConsoleAccountSchema = {
  tags: consoleTags,
  summary: 'One account, for its staff, its region supervisor or a platform admin',
  params: AccountIdParams,
  response: { 200: AccountAdmin },
};

export const updateAccountSchema = {
  tags: consoleTags,
  summary: 'Edit an account profile (account admin or platform admin)',
  params: AccountIdParams,
  body: AccountPatch,
  // renameInReview: a verified account's new name went to verification review instead.
  response: {
    200: Type.Object({ ...AccountAdmin.properties, renameInReview: Type.Optional(RenameInReview) }),
  },
};
