/** Route schemas of mass pushes (docs/API.md, "Pushes"). */
import { Type } from 'typebox';
import { PublicationCard } from '../publishing/card.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Nullable = <T extends ReturnType<typeof Type.Integer>>(t: T) => Type.Union([t, Type.Null()]);
const tags = ['pushes'];

const AccountParams = Type.Object({ accountId: Id });
const PushParams = Type.Object({ accountId: Id, pushId: Id });

export const AudienceSchema = Type.Union([
  Type.Object({ kind: Type.Literal('all') }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('tags'), tagIds: Type.Array(Id, { minItems: 1, maxItems: 20 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('region'),
      region: Type.String({
        pattern: '^\\d{2}(\\d{2}){0,2}$',
        description: 'GB/T 2260 code or prefix (2, 4 or 6 digits)',
      }),
    },
    { additionalProperties: false },
  ),
]);

const Push = Type.Object({
  id: Type.Integer(),
  accountId: Type.Integer(),
  status: Type.Union([
    Type.Literal('scheduled'),
    Type.Literal('sending'),
    Type.Literal('sent'),
    Type.Literal('cancelled'),
  ]),
  targeted: Nullable(Type.Integer()),
  webpush: Type.Object({
    total: Type.Integer(),
    sent: Type.Integer(),
    failed: Type.Integer(),
    gone: Type.Integer(),
  }),
  articleIds: Type.Array(Type.Integer()),
  audience: AudienceSchema,
  scheduledAt: Nullable(Type.Integer()),
  createdAt: Type.Integer(),
  createdBy: Type.Integer(),
  sentAt: Nullable(Type.Integer()),
  finishedAt: Nullable(Type.Integer()),
  cancelledAt: Nullable(Type.Integer()),
});

const Quota = Type.Object({
  day: Type.String({ description: 'Beijing calendar day, YYYY-MM-DD' }),
  perDay: Type.Integer(),
  used: Type.Integer(),
  remaining: Type.Integer(),
  resetsAt: Type.Integer({ description: 'epoch ms of the next Beijing midnight' }),
});

export const createPushSchema = {
  tags,
  summary: 'Push 1–8 approved articles to all followers, tagged followers or a region, now or at a time',
  params: AccountParams,
  body: Type.Object(
    {
      articleIds: Type.Array(Id, { minItems: 1, maxItems: 20 }),
      audience: AudienceSchema,
      scheduledAt: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    },
    { additionalProperties: false },
  ),
  response: { 201: Type.Object({ push: Push, publications: Type.Array(PublicationCard) }) },
};

export const listPushesSchema = {
  tags,
  summary: "The account's pushes, newest first",
  params: AccountParams,
  querystring: Type.Object({
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    before: Type.Optional(Id),
  }),
  response: { 200: Type.Object({ items: Type.Array(Push), nextBefore: Nullable(Type.Integer()) }) },
};

export const getPushSchema = {
  tags,
  summary: 'One push with its delivery report',
  params: PushParams,
  response: { 200: Push },
};

export const cancelPushSchema = {
  tags,
  summary: 'Cancel a scheduled push (its articles return to approved)',
  params: PushParams,
  response: { 200: Push },
};

export const reschedulePushSchema = {
  tags,
  summary: 'Move a scheduled push to another time',
  params: PushParams,
  body: Type.Object({ scheduledAt: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
  response: { 200: Push },
};

export const getQuotaSchema = {
  tags,
  summary: "Today's push quota of the account (Beijing day)",
  params: AccountParams,
  response: { 200: Quota },
};

export const setQuotaSchema = {
  tags,
  summary: 'Set the pushes per Beijing day of an account (platform admins)',
  params: AccountParams,
  body: Type.Object({ perDay: Type.Integer({ minimum: 0, maximum: 1000 }) }, { additionalProperties: false }),
  response: { 200: Quota },
};
