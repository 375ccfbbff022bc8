/** Route schemas of the departments' casework (docs/API.md, "Cases: casework"). */
import { Type, type TSchema } from 'typebox';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const tags = ['cases (departments)'];

export const BODY_MAX = 5000;
export const REASON_MAX = 500;
export const MAX_ANSWER_ATTACHMENTS = 9;

const Status = Type.Union([
  Type.Literal('received'),
  Type.Literal('accepted'),
  Type.Literal('in_progress'),
  Type.Literal('answered'),
  Type.Literal('closed'),
]);
const Kind = Type.Union([
  Type.Literal('consultation'),
  Type.Literal('complaint'),
  Type.Literal('report'),
  Type.Literal('suggestion'),
]);
const Role = Type.Union([
  Type.Literal('handling'),
  Type.Literal('transferred_away'),
  Type.Literal('assisting'),
]);
const Box = Type.Union([Type.Literal('handling'), Type.Literal('assisting'), Type.Literal('transferred')]);
const Localised = Type.Object({ zh: Type.String(), en: Type.String() });
const AccountRef = Type.Object({ id: Type.Integer(), handle: Type.String(), name: Type.String() });
const Category = Type.Object({ id: Type.Integer(), code: Type.String(), name: Localised });
const ClockStage = Type.Union([
  Type.Literal('statement_warning'),
  Type.Literal('statement_breach'),
  Type.Literal('warning'),
  Type.Literal('breach'),
  Type.Null(),
]);

const StaffCaseSummary = Type.Object({
  id: Type.Integer(),
  trackingNo: Type.String(),
  kind: Kind,
  category: Category,
  title: Type.String(),
  status: Status,
  role: Role,
  account: AccountRef,
  major: Type.Boolean(),
  createdAt: Type.Integer(),
  warnAt: Type.Integer(),
  dueAt: Type.Integer(),
  statementDueAt: Nullable(Type.Integer()),
  statementAt: Nullable(Type.Integer()),
  warnedAt: Nullable(Type.Integer()),
  breachedAt: Nullable(Type.Integer()),
  answeredAt: Nullable(Type.Integer()),
  closedAt: Nullable(Type.Integer()),
  updatedAt: Type.Integer(),
});

const Counts = Type.Object({
  handling: Type.Integer({ description: 'cases in the handling box not closed' }),
  assisting: Type.Integer(),
  transferred: Type.Integer(),
  overdue: Type.Integer({ description: 'open handled cases past their deadline' }),
  statuses: Type.Object(
    {
      received: Type.Integer(),
      accepted: Type.Integer(),
      in_progress: Type.Integer(),
      answered: Type.Integer(),
      closed: Type.Integer(),
    },
    { description: 'cases of the requested box by status' },
  ),
});

const Attachment = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
  url: Type.String(),
  thumbUrl: Nullable(Type.String()),
  eventId: Nullable(Type.Integer({ description: 'the answer it came with; null = filed with the case' })),
  byStaff: Type.Boolean(),
});

const Event = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  public: Type.Boolean(),
  at: Type.Integer(),
  actor: Type.Object({
    kind: Type.Union([Type.Literal('citizen'), Type.Literal('staff'), Type.Literal('system')]),
    name: Nullable(Type.String()),
  }),
  account: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  toAccount: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  body: Nullable(Type.String()),
  data: Nullable(Type.Record(Type.String(), Type.Unknown())),
});

const AssistMessage = Type.Object({
  id: Type.Integer(),
  at: Type.Integer(),
  account: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  author: Nullable(Type.String()),
  body: Type.String(),
  kind: Type.Union([Type.Literal('request'), Type.Literal('message'), Type.Literal('closed')]),
});

const Assist = Type.Object({
  id: Type.Integer(),
  fromAccount: AccountRef,
  toAccount: AccountRef,
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  request: Type.String(),
  createdAt: Type.Integer(),
  closedAt: Nullable(Type.Integer()),
  canPost: Type.Boolean(),
  messages: Type.Array(AssistMessage),
});

const StaffCase = Type.Object({
  ...StaffCaseSummary.properties,
  description: Type.String(),
  filedAccount: AccountRef,
  reportedAccount: Type.Union([AccountRef, Type.Null()]),
  anonymous: Type.Boolean(),
  reporterHidden: Type.Boolean({ description: 'the department may not see who filed it' }),
  reporter: Type.Union([
    Type.Object({ phone: Nullable(Type.String()), contact: Type.Unknown() }),
    Type.Null(),
  ]),
  contactPreference: Type.String(),
  regionCode: Nullable(Type.String()),
  regionName: Nullable(Type.String()),
  address: Nullable(Type.String()),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  timeBasis: Type.Union([Type.Literal('calendar'), Type.Literal('working')]),
  clockStartedAt: Type.Integer(),
  statementWarnAt: Nullable(Type.Integer()),
  clockStage: ClockStage,
  clockNextAt: Nullable(Type.Integer()),
  answer: Nullable(Type.String()),
  answeredBy: Nullable(Type.String()),
  firstAnsweredAt: Nullable(Type.Integer()),
  answeredOnTime: Type.Union([Type.Boolean(), Type.Null()]),
  reopenedAt: Nullable(Type.Integer()),
  reopenCount: Type.Integer(),
  satisfaction: Nullable(Type.Integer()),
  satisfactionComment: Nullable(Type.String()),
  source: Type.String(),
  attachments: Type.Array(Attachment),
  events: Type.Array(Event),
  assists: Type.Array(Assist),
  participants: Type.Array(Type.Object({ account: AccountRef, role: Role, since: Type.Integer() })),
  actions: Type.Object({
    accept: Type.Boolean(),
    progress: Type.Boolean(),
    answer: Type.Boolean(),
    close: Type.Boolean(),
    statement: Type.Boolean(),
    note: Type.Boolean(),
    transfer: Type.Boolean(),
    assist: Type.Boolean(),
  }),
  serverNow: Type.Integer(),
});

const CaseParams = Type.Object({ accountId: Id, caseId: Id });

export const listCasesSchema = {
  tags,
  summary: "A department's cases by box (handling / assisting / transferred away), newest first",
  params: Type.Object({ accountId: Id }),
  querystring: Type.Object({
    box: Type.Optional(Box),
    status: Type.Optional(Status),
    cursor: Type.Optional(Id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(StaffCaseSummary),
      nextCursor: Nullable(Type.Integer()),
      counts: Counts,
      serverNow: Type.Integer(),
    }),
  },
};

export const getCaseSchema = {
  tags,
  summary: 'One case as the department sees it (reporter per the anonymity rules, history, assists, actions)',
  params: CaseParams,
  response: { 200: StaffCase },
};

export const caseAttachmentSchema = {
  tags,
  summary: "A case's attachment (access-checked; never cached by shared caches)",
  params: Type.Object({ accountId: Id, caseId: Id, id: Id }),
  querystring: Type.Object({ thumb: Type.Optional(Type.Integer({ minimum: 0, maximum: 1 })) }),
};

export const uploadAttachmentSchema = {
  tags,
  summary: "Upload a file for an answer (image or PDF ≤ 10 MB), multipart field 'file'",
  consumes: ['multipart/form-data'],
  params: Type.Object({ accountId: Id }),
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

const action = (summary: string) => ({ tags, summary, params: CaseParams, response: { 200: StaffCase } });
const actionWith = <B extends TSchema>(summary: string, body: B) => ({ ...action(summary), body });

export const acceptSchema = action('Accept the case (received → accepted)');
export const progressSchema = actionWith(
  'Report progress, with an optional note the citizen reads (→ in_progress)',
  Type.Object({ note: Type.Optional(Type.String({ maxLength: BODY_MAX })) }, { additionalProperties: false }),
);
export const answerSchema = actionWith(
  'Answer the citizen (stops the answer clock), with files uploaded by the same staff member',
  Type.Object(
    {
      body: Type.String({ minLength: 1, maxLength: BODY_MAX }),
      attachmentIds: Type.Optional(Type.Array(Id, { maxItems: MAX_ANSWER_ATTACHMENTS })),
    },
    { additionalProperties: false },
  ),
);
export const closeSchema = action('Close an answered case');
export const statementSchema = actionWith(
  'The first public statement (stops the statement clock)',
  Type.Object({ body: Type.String({ minLength: 1, maxLength: BODY_MAX }) }, { additionalProperties: false }),
);
export const noteSchema = actionWith(
  'An internal note of the handling team (never shown to the citizen)',
  Type.Object({ body: Type.String({ minLength: 1, maxLength: BODY_MAX }) }, { additionalProperties: false }),
);
export const transferSchema = actionWith(
  'Transfer the case to the responsible department (the clock, history and attachments travel)',
  Type.Object(
    { toAccountId: Id, reason: Type.String({ minLength: 1, maxLength: REASON_MAX }) },
    { additionalProperties: false },
  ),
);
export const assistSchema = actionWith(
  'Ask another department for assistance (joint handling)',
  Type.Object(
    { toAccountId: Id, request: Type.String({ minLength: 1, maxLength: BODY_MAX }) },
    { additionalProperties: false },
  ),
);
export const assistMessageSchema = {
  tags,
  summary: 'Post in the exchange of an assist (either side)',
  params: Type.Object({ accountId: Id, caseId: Id, assistId: Id }),
  body: Type.Object(
    { body: Type.String({ minLength: 1, maxLength: BODY_MAX }) },
    { additionalProperties: false },
  ),
  response: { 200: StaffCase },
};
export const closeAssistSchema = {
  tags,
  summary: 'Close an assist (either side)',
  params: Type.Object({ accountId: Id, caseId: Id, assistId: Id }),
  response: { 200: StaffCase },
};

export const caseTargetsSchema = {
  tags,
  summary: 'Active accounts a case may be transferred to or assisted by',
  querystring: Type.Object({
    q: Type.Optional(Type.String({ maxLength: 50 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(
        Type.Object({
          id: Type.Integer(),
          handle: Type.String(),
          name: Type.String(),
          regionCode: Type.String(),
        }),
      ),
    }),
  },
};
