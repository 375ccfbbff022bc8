/** Request and answer schemas of staff notifications (docs/API.md, "Messaging"). */
import { Type, type Static } from 'typebox';
import type { NotificationPayload } from '../../shared/realtime.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const Localised = Type.Object({ zh: Type.String(), en: Type.String() });

export const Notification = Type.Object({
  id: Type.Integer(),
  accountId: Type.Union([Type.Integer(), Type.Null()]),
  kind: Type.Union([
    Type.Literal('clock.warning'),
    Type.Literal('clock.breached'),
    Type.Literal('conversation.assigned'),
    Type.Literal('conversation.transferred'),
    Type.Literal('review.awaiting'),
    Type.Literal('review.approved'),
    Type.Literal('review.rejected'),
    Type.Literal('account.suspended'),
    Type.Literal('account.reinstated'),
    Type.Literal('verification.submitted'),
    Type.Literal('verification.changes_requested'),
    Type.Literal('verification.approved'),
    Type.Literal('verification.rejected'),
    Type.Literal('verification.expiring'),
    Type.Literal('verification.lapsed'),
    Type.Literal('name_hold.approved'),
    Type.Literal('name_hold.rejected'),
    Type.Literal('case.warning'),
    Type.Literal('case.breached'),
    Type.Literal('case.escalated'),
    Type.Literal('case.transferred'),
    Type.Literal('case.assist'),
    Type.Literal('case.received'),
    Type.Literal('case.reopened'),
  ]),
  title: Localised,
  body: Localised,
  link: Type.Union([Type.String(), Type.Null()], { description: 'Console path to open' }),
  createdAt: Type.Integer({ description: 'epoch ms' }),
  readAt: Type.Union([Type.Integer(), Type.Null()], { description: 'epoch ms; null while unread' }),
});

/**
 * Described twice, as for the publication card: the plain interface in src/shared/realtime.ts
 * (browser apps) and the schema above (HTTP, OpenAPI). This fails to compile if they drift.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const notificationShapesAgree: Same<Static<typeof Notification>, NotificationPayload> = true;

export const listNotificationsSchema = {
  tags: ['console: notifications'],
  summary: "The signed-in staff user's notifications, newest first 我的通知",
  querystring: Type.Object({
    unread: Type.Optional(
      Type.Union([Type.Literal('1'), Type.Literal('0')], { description: '1: unread only' }),
    ),
    cursor: Type.Optional(
      Type.String({ pattern: '^\\d{1,15}$', description: 'nextCursor of the previous page' }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(Notification),
      unread: Type.Integer({ description: "The user's unread notifications in total (the bell's badge)" }),
      nextCursor: Type.Union([Type.String(), Type.Null()]),
    }),
  },
};

export const markNotificationsReadSchema = {
  tags: ['console: notifications'],
  summary: 'Mark own notifications read (these ids, or all) 标记通知已读',
  body: Type.Object(
    {
      ids: Type.Optional(
        Type.Array(Id, {
          minItems: 1,
          maxItems: 500,
          description: 'Notifications to mark; none: all of them',
        }),
      ),
    },
    { additionalProperties: false },
  ),
  response: { 204: Type.Null() },
};
