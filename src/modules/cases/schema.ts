/** Route schemas of filing cases and the citizen's side (docs/API.md, "Cases: citizens"). */
import { Type } from 'typebox';
import {
  ADDRESS_MAX,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  MAX_ATTACHMENTS,
  TITLE_MAX,
  TITLE_MIN,
} from './file.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Nullable = <T extends import('typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const tags = ['cases (citizen)'];

export const REASON_MAX = 500;
export const COMMENT_MAX = 500;

export const Kind = Type.Union([
  Type.Literal('consultation'),
  Type.Literal('complaint'),
  Type.Literal('report'),
  Type.Literal('suggestion'),
]);
export const Status = Type.Union([
  Type.Literal('received'),
  Type.Literal('accepted'),
  Type.Literal('in_progress'),
  Type.Literal('answered'),
  Type.Literal('closed'),
]);
const ContactPreference = Type.Union([Type.Literal('phone'), Type.Literal('message'), Type.Literal('none')]);
const TimeBasis = Type.Union([Type.Literal('calendar'), Type.Literal('working')]);
const Localised = Type.Object({ zh: Type.String(), en: Type.String() });
const AccountRef = Type.Object({ id: Type.Integer(), handle: Type.String(), name: Type.String() });
const NamedAccount = Type.Object({ id: Type.Integer(), name: Type.String() });

const Category = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  parentId: Nullable(Type.Integer()),
  name: Localised,
  description: Localised,
  major: Type.Boolean(),
  dueHours: Type.Integer(),
  statementHours: Nullable(Type.Integer()),
  timeBasis: TimeBasis,
});

const CategoryRef = Type.Object({ id: Type.Integer(), code: Type.String(), name: Localised });

const Attachment = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
  /** The event it came with (an answer); null = filed with the case. */
  eventId: Nullable(Type.Integer()),
  url: Type.String(),
  thumbUrl: Nullable(Type.String({ description: 'null for PDFs' })),
});

const Event = Type.Object({
  id: Type.Integer(),
  kind: Type.Union([
    Type.Literal('received'),
    Type.Literal('routed'),
    Type.Literal('accepted'),
    Type.Literal('transferred'),
    Type.Literal('in_progress'),
    Type.Literal('statement'),
    Type.Literal('answered'),
    Type.Literal('closed'),
    Type.Literal('reopened'),
    Type.Literal('rated'),
  ]),
  at: Type.Integer(),
  account: Nullable(NamedAccount),
  toAccount: Nullable(NamedAccount),
  body: Nullable(Type.String()),
  /** rated: the score. */
  score: Nullable(Type.Integer()),
});

export const CitizenCaseSummary = Type.Object({
  id: Type.Integer(),
  trackingNo: Type.String({ description: 'e.g. SQ20261207-000042' }),
  kind: Kind,
  title: Type.String(),
  status: Status,
  category: CategoryRef,
  account: AccountRef,
  createdAt: Type.Integer(),
  dueAt: Type.Integer(),
  answeredAt: Nullable(Type.Integer()),
  /** Not answered and past the deadline. */
  overdue: Type.Boolean(),
  canRate: Type.Boolean(),
});

export const CitizenCase = Type.Object({
  id: Type.Integer(),
  trackingNo: Type.String(),
  kind: Kind,
  category: CategoryRef,
  title: Type.String(),
  description: Type.String(),
  status: Status,
  filedAccount: AccountRef,
  account: AccountRef,
  reportedAccount: Nullable(NamedAccount),
  anonymous: Type.Boolean(),
  regionCode: Nullable(Type.String()),
  regionName: Nullable(Type.String()),
  address: Nullable(Type.String()),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  contactPreference: ContactPreference,
  major: Type.Boolean(),
  timeBasis: TimeBasis,
  createdAt: Type.Integer(),
  clockStartedAt: Type.Integer(),
  dueAt: Type.Integer(),
  statementDueAt: Nullable(Type.Integer()),
  statementAt: Nullable(Type.Integer()),
  answer: Nullable(Type.String()),
  answeredAt: Nullable(Type.Integer()),
  closedAt: Nullable(Type.Integer()),
  reopenCount: Type.Integer(),
  reopenUntil: Nullable(Type.Integer({ description: 'the last moment a reopen is accepted, while one is' })),
  canReopen: Type.Boolean(),
  canRate: Type.Boolean(),
  satisfaction: Nullable(Type.Integer()),
  satisfactionComment: Nullable(Type.String()),
  attachments: Type.Array(Attachment),
  events: Type.Array(Event),
  serverNow: Type.Integer({ description: "the server's clock, to correct the countdown" }),
});

const TrackingParams = Type.Object({ trackingNo: Type.String({ pattern: '^SQ\\d{8}-\\d{6,}$' }) });

export const categoriesSchema = {
  tags,
  summary: 'Active case categories (the platform-wide taxonomy) 诉求分类',
  response: { 200: Type.Object({ items: Type.Array(Category) }) },
};

export const uploadAttachmentSchema = {
  tags,
  summary: 'Upload a photo or PDF for a case about to be filed (multipart field "file"; ≤ 10 MB)',
  consumes: ['multipart/form-data'],
  response: {
    201: Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      mime: Type.String(),
      size: Type.Integer(),
      width: Nullable(Type.Integer()),
      height: Nullable(Type.Integer()),
    }),
  },
};

export const fileCaseSchema = {
  tags,
  summary: 'File a case (consultation, complaint, report, suggestion) with an account 我要留言/投诉',
  body: Type.Object(
    {
      accountId: Id,
      kind: Kind,
      categoryId: Id,
      title: Type.String({ minLength: TITLE_MIN, maxLength: TITLE_MAX }),
      description: Type.String({ minLength: DESCRIPTION_MIN, maxLength: DESCRIPTION_MAX }),
      attachmentIds: Type.Array(Id, { maxItems: MAX_ATTACHMENTS, default: [] }),
      regionCode: Type.Optional(Nullable(Type.String({ pattern: '^\\d{6}$' }))),
      address: Type.Optional(Nullable(Type.String({ maxLength: ADDRESS_MAX }))),
      latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
      longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
      contactPreference: ContactPreference,
      anonymous: Type.Boolean({ default: false }),
      reportedAccountId: Type.Optional(Nullable(Id)),
    },
    { additionalProperties: false },
  ),
  response: { 201: CitizenCase },
};

export const myCasesSchema = {
  tags,
  summary: "The citizen's cases, newest first 我的诉求",
  querystring: Type.Object({
    cursor: Type.Optional(
      Type.String({ pattern: '^\\d{1,15}$', description: 'nextCursor of the previous page' }),
    ),
  }),
  response: {
    200: Type.Object({ items: Type.Array(CitizenCaseSummary), nextCursor: Nullable(Type.String()) }),
  },
};

export const myCaseSchema = {
  tags,
  summary: "One of the citizen's cases with its public timeline 诉求详情",
  params: TrackingParams,
  response: { 200: CitizenCase },
};

export const myAttachmentSchema = {
  tags,
  summary: "An attachment of one of the citizen's cases (never public)",
  params: Type.Object({ trackingNo: TrackingParams.properties.trackingNo, id: Id }),
  querystring: Type.Object({ thumb: Type.Optional(Type.Integer({ minimum: 0, maximum: 1 })) }),
};

export const rateSchema = {
  tags,
  summary: 'Rate the answer (1–5, once per answer) 满意度评价',
  params: TrackingParams,
  body: Type.Object(
    {
      score: Type.Integer({ minimum: 1, maximum: 5 }),
      comment: Type.String({ maxLength: COMMENT_MAX, default: '' }),
    },
    { additionalProperties: false },
  ),
  response: { 200: CitizenCase },
};

export const reopenSchema = {
  tags,
  summary: 'Reopen the case (once, within 7 days of the answer) 申请重新办理',
  params: TrackingParams,
  body: Type.Object(
    { reason: Type.String({ minLength: 5, maxLength: REASON_MAX }) },
    { additionalProperties: false },
  ),
  response: { 200: CitizenCase },
};
