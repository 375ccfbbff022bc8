/**
 * Route schemas of the administration of cases (docs/API.md, "Cases: administration"): the
 * platform-wide category taxonomy, routing rules, Open311 api keys (platform admins) and each
 * account's own clock settings (account admins act, any role on the account reads).
 */
import { Type, type Static } from 'typebox';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Ms = Type.Integer({ description: 'epoch ms' });
const Nullable = <T extends ReturnType<typeof Type.Integer> | ReturnType<typeof Type.String>>(t: T) =>
  Type.Union([t, Type.Null()]);
const IdParams = Type.Object({ id: Id });
const AccountParams = Type.Object({ accountId: Id });
const categoryTags = ['console: case categories'];
const routingTags = ['console: case routing'];
const clockTags = ['console: case clock'];
const open311Tags = ['console: Open311 keys'];

export const MAX_HOURS = 720;
export const ATTRIBUTE_DATATYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;

const TimeBasis = Type.Enum(['calendar', 'working'], {
  description: 'calendar: wall-clock hours; working: only hours on working days count (official calendar)',
});
const Hours = Type.Integer({ minimum: 1, maximum: MAX_HOURS });
const StatementHours = Type.Union([Hours, Type.Null()], {
  description: 'hours to a first public statement (major public-opinion events), shorter than dueHours',
});
const WarnPercent = Type.Integer({ minimum: 1, maximum: 99 });

export const Bilingual = (zhMax: number, enMax: number, min = 0) =>
  Type.Object(
    {
      zh: Type.String({ minLength: min, maxLength: zhMax }),
      en: Type.String({ minLength: min, maxLength: enMax }),
    },
    { additionalProperties: false },
  );

// ---- Categories ----

const AttributeValue = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }),
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'zh-CN' }),
    nameEn: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** The shape of case_categories.attributes (the same as cases/taxonomy.ts CaseAttribute). */
export const CaseAttribute = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$', description: 'Open311 attribute code' }),
    datatype: Type.Enum([...ATTRIBUTE_DATATYPES]),
    required: Type.Boolean(),
    description: Type.String({
      minLength: 1,
      maxLength: 500,
      pattern: '\\S',
      description: 'the question, zh-CN (Open311 description)',
    }),
    descriptionEn: Type.String({ maxLength: 1000 }),
    order: Type.Integer({ minimum: 1, maximum: 999, description: 'unique within the category; 1 first' }),
    values: Type.Array(AttributeValue, {
      maxItems: 100,
      description: 'the choices of singlevaluelist / multivaluelist (required for them, empty otherwise)',
    }),
  },
  { additionalProperties: false },
);
export type CaseAttributeT = Static<typeof CaseAttribute>;

const Keyword = Type.String({ minLength: 1, maxLength: 30, pattern: '^[^,，]+$' });

const categoryFields = {
  parentId: Type.Union([Id, Type.Null()], { description: 'a top-level category (one level of groups)' }),
  name: Bilingual(40, 80, 1),
  description: Bilingual(500, 1000),
  keywords: Type.Array(Keyword, { maxItems: 20 }),
  major: Type.Boolean({ description: 'a major matter or emergency (24 hours by State Council rule)' }),
  dueHours: Hours,
  statementHours: StatementHours,
  timeBasis: TimeBasis,
  warnPercent: WarnPercent,
  position: Type.Integer({ minimum: 0, maximum: 9999, description: 'sort order, small first' }),
  attributes: Type.Array(CaseAttribute, { maxItems: 30 }),
};

export const CategoryUpdateBody = Type.Object(categoryFields, { additionalProperties: false });
export type CategoryUpdateT = Static<typeof CategoryUpdateBody>;
export const CategoryCreateBody = Type.Object(
  {
    code: Type.String({
      pattern: '^[a-z0-9_-]{2,40}$',
      description: 'stable code, also the Open311 service_code; cannot change later',
    }),
    ...categoryFields,
  },
  { additionalProperties: false },
);
export type CategoryCreateT = Static<typeof CategoryCreateBody>;

export const CategoryAdmin = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  parentId: Nullable(Type.Integer()),
  name: Bilingual(40, 80),
  description: Bilingual(500, 1000),
  keywords: Type.Array(Type.String()),
  major: Type.Boolean(),
  dueHours: Type.Integer(),
  statementHours: Nullable(Type.Integer()),
  timeBasis: TimeBasis,
  warnPercent: Type.Integer(),
  position: Type.Integer(),
  attributes: Type.Array(CaseAttribute),
  active: Type.Boolean(),
  caseCount: Type.Integer({ description: 'cases filed under it (such a category is never deleted)' }),
  ruleCount: Type.Integer({ description: 'routing rules naming it' }),
  createdAt: Ms,
  updatedAt: Ms,
});
export type CategoryAdminT = Static<typeof CategoryAdmin>;

export const listCategoriesSchema = {
  tags: categoryTags,
  summary: 'Every case category, inactive ones too (platform admin)',
  response: { 200: Type.Object({ items: Type.Array(CategoryAdmin) }) },
};
export const createCategorySchema = {
  tags: categoryTags,
  summary: 'Create a case category (platform admin)',
  body: CategoryCreateBody,
  response: { 201: CategoryAdmin },
};
export const updateCategorySchema = {
  tags: categoryTags,
  summary: 'Change a case category; its code stays (platform admin)',
  params: IdParams,
  body: CategoryUpdateBody,
  response: { 200: CategoryAdmin },
};
export const setCategoryActiveSchema = {
  tags: categoryTags,
  summary: 'Deactivate (citizens and Open311 no longer see it) or reactivate a category',
  params: IdParams,
  response: { 200: CategoryAdmin },
};
export const deleteCategorySchema = {
  tags: categoryTags,
  summary: 'Delete a category that no case ever used and that has no sub-categories',
  params: IdParams,
  response: { 204: Type.Null() },
};

// ---- Routing rules ----

const AccountRef = Type.Object({
  id: Type.Integer(),
  handle: Type.String(),
  name: Type.String(),
  status: Type.String({ description: 'active | suspended | held' }),
});

export const RoutingRule = Type.Object({
  id: Type.Integer(),
  category: Type.Object({
    id: Type.Integer(),
    code: Type.String(),
    name: Bilingual(40, 80),
    active: Type.Boolean(),
  }),
  regionPrefix: Type.String({ description: "GB/T 2260 prefix (2, 4 or 6 digits); '' = every region" }),
  region: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()], {
    description: 'the region the prefix stands for; null for every region',
  }),
  account: AccountRef,
  createdAt: Ms,
  createdBy: Nullable(Type.String()),
});
export type RoutingRuleT = Static<typeof RoutingRule>;

const RegionCode = Type.String({
  pattern: '^(\\d{6})?$',
  description: "a six-digit region code (411500 covers every code of 信阳市), or '' for every region",
});

export const listRulesSchema = {
  tags: routingTags,
  summary: 'Routing rules (platform admin)',
  querystring: Type.Object({ categoryId: Type.Optional(Id) }),
  response: { 200: Type.Object({ items: Type.Array(RoutingRule) }) },
};
export const createRuleSchema = {
  tags: routingTags,
  summary: 'Route a category in a region to an account (platform admin)',
  body: Type.Object(
    { categoryId: Id, regionCode: RegionCode, accountId: Id },
    { additionalProperties: false },
  ),
  response: { 201: RoutingRule },
};
export const deleteRuleSchema = {
  tags: routingTags,
  summary: 'Delete a routing rule (platform admin)',
  params: IdParams,
  response: { 204: Type.Null() },
};
export const previewRuleSchema = {
  tags: routingTags,
  summary: 'Which account would a case of this category in this region go to? (platform admin)',
  querystring: Type.Object({ categoryId: Id, regionCode: RegionCode }),
  response: {
    200: Type.Object({
      rule: Type.Union([RoutingRule, Type.Null()], {
        description: 'the rule with the longest matching prefix; null: the case stays where it was filed',
      }),
      prefixes: Type.Array(Type.String(), { description: 'the prefixes tried, longest first' }),
      region: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
    }),
  },
};

// ---- Per-account clock settings ----

export const ClockPolicy = Type.Object(
  { dueHours: Hours, statementHours: StatementHours, timeBasis: TimeBasis, warnPercent: WarnPercent },
  { additionalProperties: false },
);
export type ClockPolicyT = Static<typeof ClockPolicy>;

const ClockOverride = Type.Object(
  { categoryId: Id, ...ClockPolicy.properties },
  { additionalProperties: false },
);

const ClockSource = Type.Enum(['category', 'account', 'account_category'], {
  description:
    "which setting applies (as resolveClockPolicy): the category's platform default, the account-wide setting, or the account's own for this category",
});

export const ClockSettings = Type.Object({
  accountDefault: Type.Union([ClockPolicy, Type.Null()], {
    description: "the account's setting for all its cases; null: the platform defaults apply",
  }),
  overrides: Type.Array(ClockOverride),
  categories: Type.Array(
    Type.Object({
      id: Type.Integer(),
      code: Type.String(),
      parentId: Nullable(Type.Integer()),
      name: Bilingual(40, 80),
      major: Type.Boolean(),
      platform: ClockPolicy,
      effective: ClockPolicy,
      source: ClockSource,
    }),
    { description: 'the active categories with the platform default and what applies to this account' },
  ),
  updatedAt: Nullable(Ms),
  updatedBy: Nullable(Type.String()),
  canEdit: Type.Boolean(),
});
export type ClockSettingsT = Static<typeof ClockSettings>;

export const ClockSettingsBody = Type.Object(
  {
    accountDefault: Type.Union([ClockPolicy, Type.Null()]),
    overrides: Type.Array(ClockOverride, { maxItems: 500 }),
  },
  { additionalProperties: false },
);
export type ClockSettingsBodyT = Static<typeof ClockSettingsBody>;

export const getClockSchema = {
  tags: clockTags,
  summary: "The account's case deadlines: its own settings next to the platform defaults (any role)",
  params: AccountParams,
  response: { 200: ClockSettings },
};
export const putClockSchema = {
  tags: clockTags,
  summary: "Replace the account's case deadline settings (account admin)",
  params: AccountParams,
  body: ClockSettingsBody,
  response: { 200: ClockSettings },
};

// ---- Open311 api keys ----

export const Open311Client = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  createdAt: Ms,
  createdBy: Nullable(Type.String()),
  revokedAt: Nullable(Ms),
  requestCount: Type.Integer({ description: 'service requests created with this key' }),
});
export type Open311ClientT = Static<typeof Open311Client>;

export const listClientsSchema = {
  tags: open311Tags,
  summary: 'Open311 api keys (platform admin); the keys themselves are never shown again',
  response: { 200: Type.Object({ items: Type.Array(Open311Client) }) },
};
export const issueClientSchema = {
  tags: open311Tags,
  summary: 'Issue an Open311 api key; the answer is the only time the key is shown',
  body: Type.Object(
    { name: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }) },
    { additionalProperties: false },
  ),
  response: { 201: Type.Object({ client: Open311Client, apiKey: Type.String() }) },
};
export const revokeClientSchema = {
  tags: open311Tags,
  summary: 'Revoke an Open311 api key (platform admin)',
  params: IdParams,
  response: { 200: Open311Client },
};

/** Where Open311 requests go when no routing rule claims them. */
export const Open311Settings = Type.Object({
  defaultAccount: Type.Union([
    Type.Object({
      id: Type.Integer(),
      handle: Type.String(),
      name: Type.String(),
      status: Type.String(),
    }),
    Type.Null(),
  ]),
});
export type Open311SettingsT = Static<typeof Open311Settings>;

export const getOpen311SettingsSchema = {
  tags: open311Tags,
  summary: 'The department Open311 requests go to when no routing rule claims them (platform admin)',
  response: { 200: Open311Settings },
};
export const putOpen311SettingsSchema = {
  tags: open311Tags,
  summary: 'Set or clear (null) the default Open311 department (platform admin)',
  body: Type.Object(
    { defaultAccountId: Nullable(Type.Integer({ minimum: 1 })) },
    { additionalProperties: false },
  ),
  response: { 200: Open311Settings },
};
