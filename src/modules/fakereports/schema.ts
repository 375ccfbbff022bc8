/** Route schemas of citizens' reports of fake accounts (docs/API.md, "Fake-account reports"). */
import { Type } from 'typebox';
import type { FakeReportReason } from '../../db/tables/fakereports.js';
import { MAX_SCREENSHOTS } from './fileReport.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) =>
  Type.Union([t, Type.Null()]);
const citizenTags = ['fake-account reports (citizen)'];
const consoleTags = ['fake-account reports (platform admin)'];

export const DESCRIPTION_MAX = 1000;
export const DECISION_REASON_MAX = 500;

const Reason = Type.Union([
  Type.Literal('impersonates_department'),
  Type.Literal('uses_government_name'),
  Type.Literal('asks_money_or_data'),
  Type.Literal('false_information'),
  Type.Literal('other'),
]);
const Status = Type.Union([Type.Literal('open'), Type.Literal('upheld'), Type.Literal('dismissed')]);
const Counts = Type.Object({
  impersonates_department: Type.Integer(),
  uses_government_name: Type.Integer(),
  asks_money_or_data: Type.Integer(),
  false_information: Type.Integer(),
  other: Type.Integer(),
});

const MyReport = Type.Object({
  id: Type.Integer(),
  trackingNo: Type.String({ description: 'e.g. JB20261207-000042' }),
  account: Type.Object({ id: Type.Integer(), name: Type.String() }),
  reason: Reason,
  description: Type.String(),
  status: Status,
  outcomeNote: Nullable(Type.String()),
  decidedAt: Nullable(Type.Integer()),
  unseen: Type.Boolean({ description: 'decided, and the citizen has not opened the list since' }),
  createdAt: Type.Integer(),
});

const ReportedAccount = Type.Object({
  id: Type.Integer(),
  handle: Type.String(),
  name: Type.String(),
  avatarUrl: Nullable(Type.String()),
  verified: Type.Boolean(),
  verifiedName: Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('suspended')]),
});

const Screenshot = Type.Object({
  id: Type.Integer(),
  url: Type.String(),
  thumbUrl: Type.String(),
  width: Type.Integer(),
  height: Type.Integer(),
});

const AdminReport = Type.Object({
  id: Type.Integer(),
  trackingNo: Type.String(),
  reason: Reason,
  description: Type.String(),
  status: Status,
  outcomeNote: Nullable(Type.String()),
  decidedAt: Nullable(Type.Integer()),
  decidedBy: Nullable(Type.String()),
  createdAt: Type.Integer(),
  reporter: Type.Object({ citizenId: Type.Integer(), phone: Type.String({ description: 'masked' }) }),
  screenshots: Type.Array(Screenshot),
});

export const uploadScreenshotSchema = {
  tags: citizenTags,
  summary: 'Upload one evidence screenshot (JPEG/PNG/GIF/WebP ≤ 8 MB), multipart field "file"',
  consumes: ['multipart/form-data'],
  response: {
    201: Type.Object({ id: Type.Integer(), width: Type.Integer(), height: Type.Integer() }),
  },
};

export const fileReportSchema = {
  tags: citizenTags,
  summary: 'Report a suspected fake account 举报仿冒公众号',
  body: Type.Object(
    {
      accountId: Id,
      reason: Reason,
      description: Type.String({ maxLength: DESCRIPTION_MAX, default: '' }),
      screenshotIds: Type.Array(Id, { maxItems: MAX_SCREENSHOTS, default: [] }),
    },
    { additionalProperties: false },
  ),
  response: { 201: MyReport },
};

export const myReportsSchema = {
  tags: citizenTags,
  summary: "The citizen's reports with their outcome 我的举报",
  response: { 200: Type.Object({ reports: Type.Array(MyReport), unseen: Type.Integer() }) },
};

export const seenSchema = {
  tags: citizenTags,
  summary: 'Mark every decided report as seen (clears the unseen-outcome dot)',
  response: { 204: Type.Null() },
};

export const groupsSchema = {
  tags: consoleTags,
  summary: 'Reported accounts, grouped (platform admins)',
  querystring: Type.Object({
    state: Type.Union([Type.Literal('open'), Type.Literal('decided'), Type.Literal('all')], {
      default: 'open',
    }),
    page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  }),
  response: {
    200: Type.Object({
      groups: Type.Array(
        Type.Object({
          account: ReportedAccount,
          total: Type.Integer(),
          open: Type.Integer(),
          latestAt: Type.Integer(),
          reasons: Counts,
        }),
      ),
      total: Type.Integer(),
      openAccounts: Type.Integer(),
    }),
  },
};

export const accountReportsSchema = {
  tags: consoleTags,
  summary: "One reported account's reports with screenshots (platform admins)",
  params: Type.Object({ accountId: Id }),
  response: { 200: Type.Object({ account: ReportedAccount, reports: Type.Array(AdminReport) }) },
};

export const decideSchema = {
  tags: consoleTags,
  summary: "Decide on an account's reports: suspend, dismiss, or reinstate a suspended account",
  params: Type.Object({ accountId: Id }),
  body: Type.Object(
    {
      action: Type.Union([Type.Literal('suspend'), Type.Literal('dismiss'), Type.Literal('reinstate')]),
      reason: Type.String({ minLength: 1, maxLength: DECISION_REASON_MAX }),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      action: Type.String(),
      reportsClosed: Type.Integer(),
      accountStatus: Type.Union([Type.Literal('active'), Type.Literal('suspended')]),
    }),
  },
};

export const screenshotSchema = {
  tags: consoleTags,
  summary: 'An evidence screenshot (platform admins only; never public)',
  params: Type.Object({ id: Id }),
  querystring: Type.Object({ thumb: Type.Optional(Type.Integer({ minimum: 0, maximum: 1 })) }),
};

// The literal unions above must list exactly FAKE_REPORT_REASONS; this fails to compile if not.
type SchemaReason = (typeof Reason)['anyOf'][number]['const'];
export const reasonsMatch: [SchemaReason] extends [FakeReportReason]
  ? [FakeReportReason] extends [SchemaReason]
    ? true
    : never
  : never = true;
