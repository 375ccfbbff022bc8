/** The guard's HTTP contract (docs/API.md, "Name holds"). */
import { Type, type Static } from 'typebox';

export const GuardDifference = Type.Object({
  kind: Type.Enum([
    'variant',
    'decoration',
    'admin',
    'lookalike',
    'homophone',
    'pinyin',
    'transpose',
    'insert',
    'delete',
    'substitute',
    'level',
  ]),
  /** What the requested name has there ('' for a drop). */
  candidate: Type.String(),
  /** What the verified name has there ('' for an addition). */
  verified: Type.String(),
});

const HoldStatus = Type.Enum(['pending', 'approved', 'rejected', 'superseded']);
const HoldKind = Type.Enum(['create', 'rename'], {
  description: 'create: the account was created held (hidden); rename: the new name was not applied',
});

/** A hold as the account's own answers carry it (creation, rename, account detail). */
export const NameHoldSummary = Type.Object({
  id: Type.Integer(),
  kind: HoldKind,
  status: HoldStatus,
  proposedName: Type.String(),
  closestName: Type.String({ description: 'the verified name it is too close to' }),
  score: Type.Number({ description: 'the guard score in [0, 1]; flagged from 0.6 (docs/GUARD.md)' }),
  differences: Type.Array(GuardDifference),
  createdAt: Type.Integer(),
  /** The platform's reason, when it rejected the name. */
  decisionReason: Type.Union([Type.String(), Type.Null()]),
});
export type NameHoldSummaryT = Static<typeof NameHoldSummary>;

export const NameHold = Type.Object({
  ...NameHoldSummary.properties,
  account: Type.Object({
    id: Type.Integer(),
    handle: Type.String(),
    name: Type.String(),
    status: Type.String(),
  }),
  closestAccountId: Type.Union([Type.Integer(), Type.Null()]),
  decidedAt: Type.Union([Type.Integer(), Type.Null()]),
});

const tags = ['console: name holds'];
const HoldParams = Type.Object({ holdId: Type.Integer({ minimum: 1 }) });

export const listHoldsSchema = {
  tags,
  summary: 'Name holds for platform review: pending first (oldest first), then decided ones (platform admin)',
  querystring: Type.Object({
    status: Type.Optional(HoldStatus),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })),
  }),
  response: { 200: Type.Object({ items: Type.Array(NameHold) }) },
};

export const approveHoldSchema = {
  tags,
  summary: 'Approve a held name: activate the held account, or apply the held rename (platform admin)',
  params: HoldParams,
  response: { 200: NameHold },
};

export const rejectHoldSchema = {
  tags,
  summary: 'Reject a held name with a reason the account admins read (platform admin)',
  params: HoldParams,
  body: Type.Object(
    { reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) },
    { additionalProperties: false },
  ),
  response: { 200: NameHold },
};
