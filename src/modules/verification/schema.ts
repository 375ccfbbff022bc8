/** Route schemas of the verification module (docs/API.md, "Verification"). */
import { Type, type Static } from 'typebox';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const NullableInt = Type.Union([Type.Integer(), Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const AccountParams = Type.Object({ accountId: Id });
const ApplicationParams = Type.Object({ accountId: Id, applicationId: Id });
const consoleTags = ['console: verification'];
const reviewTags = ['console: verification review'];

export const Kind = Type.Union([Type.Literal('initial'), Type.Literal('renewal'), Type.Literal('rename')]);
export const Status = Type.Union([
  Type.Literal('pending'),
  Type.Literal('changes_requested'),
  Type.Literal('approved'),
  Type.Literal('rejected'),
  Type.Literal('withdrawn'),
]);

const Letter = Type.Object({
  id: Type.Integer(),
  name: NullableString,
  mime: Type.String(),
  size: Type.Integer(),
  /** Console URL of the file (access-checked). */
  url: Type.String(),
  createdAt: Type.Integer(),
});

const Event = Type.Object({
  at: Type.Integer(),
  action: Type.Union([
    Type.Literal('submitted'),
    Type.Literal('resubmitted'),
    Type.Literal('changes_requested'),
    Type.Literal('approved'),
    Type.Literal('rejected'),
    Type.Literal('withdrawn'),
  ]),
  actor: NullableString,
  comment: Type.String(),
});

export const Application = Type.Object({
  id: Type.Integer(),
  accountId: Type.Integer(),
  kind: Kind,
  status: Status,
  requestedName: Type.String(),
  creditCode: Type.String(),
  letter: Type.Union([Letter, Type.Null()]),
  operatorName: Type.String(),
  operatorPhone: Type.String(),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
  submittedAt: Type.Integer(),
  decidedAt: NullableInt,
  events: Type.Array(Event),
});
export type ApplicationT = Static<typeof Application>;

export const Verification = Type.Object({
  verified: Type.Boolean(),
  verifiedName: NullableString,
  verifiedAt: NullableInt,
  verifiedUntil: NullableInt,
  /** Whole days until the badge lapses (0 when not verified). */
  daysLeft: Type.Integer(),
  creditCode: NullableString,
});
export type VerificationT = Static<typeof Verification>;

const ApplicationInput = Type.Object(
  {
    requestedName: Type.String({ minLength: 2, maxLength: 60, pattern: '\\S' }),
    creditCode: Type.String({ minLength: 1, maxLength: 30 }),
    letterId: Id,
    operatorName: Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' }),
    operatorPhone: Type.String({ pattern: '^[0-9+()\\- ]{7,20}$' }),
  },
  { additionalProperties: false },
);

const Reason = Type.String({ minLength: 1, maxLength: 500 });

export const verificationStateSchema = {
  tags: consoleTags,
  summary: "An account's verification: the badge, the open application and the history 账号认证",
  params: AccountParams,
  response: {
    200: Type.Object({
      account: Type.Object({ id: Type.Integer(), handle: Type.String(), name: Type.String() }),
      verification: Verification,
      /** What a new application would be: a first verification or a renewal. */
      nextKind: Kind,
      open: Type.Union([Application, Type.Null()]),
      history: Type.Array(Application),
      /** The "verify this account" page the QR code opens. */
      verifyUrl: Type.String(),
    }),
  },
};

export const uploadLetterSchema = {
  tags: consoleTags,
  summary: 'Upload the authorisation letter (multipart field "file"; PDF, JPEG or PNG; ≤ 10 MB) 上传授权书',
  consumes: ['multipart/form-data'],
  params: AccountParams,
  response: { 201: Letter },
};

export const letterFileSchema = {
  tags: consoleTags,
  summary: "An authorisation letter's file: the account's staff and platform admins only",
  params: Type.Object({ letterId: Id }),
};

export const applySchema = {
  tags: consoleTags,
  summary: 'Apply for verification or its renewal (account admins) 提交认证申请',
  params: AccountParams,
  body: ApplicationInput,
  response: { 201: Application },
};

export const editApplicationSchema = {
  tags: consoleTags,
  summary: 'Edit an open application; after "changes requested" this resubmits it',
  params: ApplicationParams,
  body: Type.Object(
    { ...ApplicationInput.properties, note: Type.Optional(Type.String({ maxLength: 500 })) },
    { additionalProperties: false },
  ),
  response: { 200: Application },
};

export const withdrawApplicationSchema = {
  tags: consoleTags,
  summary: 'Withdraw an open application',
  params: ApplicationParams,
  response: { 200: Application },
};

export const verifyQrSchema = {
  tags: consoleTags,
  summary: 'The "verify this account" QR code for posters and service halls (SVG or PNG) 认证核验二维码',
  params: AccountParams,
  querystring: Type.Object({
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
        'image/png': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) },
      },
    },
  },
};

const QueueItem = Type.Object({
  id: Type.Integer(),
  accountId: Type.Integer(),
  handle: Type.String(),
  accountName: Type.String(),
  accountVerified: Type.Boolean(),
  kind: Kind,
  status: Status,
  requestedName: Type.String(),
  creditCode: Type.String(),
  submittedAt: Type.Integer(),
  decidedAt: NullableInt,
});

export const reviewQueueSchema = {
  tags: reviewTags,
  summary: 'Verification applications, waiting ones first (platform admins) 认证审核',
  querystring: Type.Object({
    status: Type.Optional(Status),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 100 }),
  }),
  response: { 200: Type.Object({ items: Type.Array(QueueItem) }) },
};

const GuardHint = Type.Object({
  flagged: Type.Boolean(),
  score: Type.Number(),
  closest: NullableString,
});

export const reviewDetailSchema = {
  tags: reviewTags,
  summary: 'One application with its account, letter and history (platform admins)',
  params: Type.Object({ applicationId: Id }),
  response: {
    200: Type.Object({
      application: Application,
      account: Type.Object({
        id: Type.Integer(),
        handle: Type.String(),
        name: Type.String(),
        regionCode: Type.String(),
        status: Type.String(),
      }),
      verification: Verification,
      /** The impersonation guard's view of the requested name, when the guard is available. */
      guard: Type.Union([GuardHint, Type.Null()]),
    }),
  },
};

const DecisionParams = Type.Object({ applicationId: Id });

export const requestChangesSchema = {
  tags: reviewTags,
  summary: 'Ask the account for changes, with the reason it will read',
  params: DecisionParams,
  body: Type.Object({ reason: Reason }, { additionalProperties: false }),
  response: { 200: Application },
};

export const rejectSchema = {
  tags: reviewTags,
  summary: 'Reject, with the reason the account will read',
  params: DecisionParams,
  body: Type.Object({ reason: Reason }, { additionalProperties: false }),
  response: { 200: Application },
};

export const approveSchema = {
  tags: reviewTags,
  summary: 'Approve: badge and verified name for one year (a renewal: one year on from the old expiry)',
  params: DecisionParams,
  body: Type.Object(
    { comment: Type.Optional(Type.String({ maxLength: 500 })) },
    { additionalProperties: false },
  ),
  response: { 200: Application },
};

export const publicVerificationSchema = {
  tags: ['accounts'],
  summary: 'An account\'s verification as citizens see it (the "verify this account" page) 认证信息',
  params: Type.Object({ handle: Type.String({ minLength: 1, maxLength: 64 }) }),
  response: {
    200: Type.Object({
      handle: Type.String(),
      name: Type.String(),
      status: Type.String(),
      ...Verification.properties,
    }),
  },
};

export const RenameInReview = Type.Object({
  applicationId: Type.Integer(),
  requestedName: Type.String(),
  status: Type.Literal('pending'),
  message: Type.Object({ zh: Type.String(), en: Type.String() }),
});
