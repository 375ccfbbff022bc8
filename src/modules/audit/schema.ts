/** Request and answer schemas of the audit log (docs/API.md). */
import { Type } from 'typebox';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });

/** An action code (`article.publish`) or a category prefix ending in a dot (`article.`). */
export const ACTION_FILTER_PATTERN = '^[a-z][a-z_]{0,31}(\\.([a-z][a-z_]{0,31})?)?$';

const AuditActor = Type.Object(
  { id: Type.Integer(), username: Type.String(), displayName: Type.String() },
  { description: 'The staff member who acted; null for the system and for citizens' },
);

const AuditItem = Type.Object({
  id: Type.Integer(),
  at: Type.Integer({ description: 'Epoch milliseconds' }),
  actorKind: Type.Union([Type.Literal('staff'), Type.Literal('citizen'), Type.Literal('system')]),
  actor: Type.Union([AuditActor, Type.Null()]),
  action: Type.String({ description: 'Stable code, e.g. account.profile_updated, article.publish' }),
  target: Type.Union([Type.String(), Type.Null()], { description: 'e.g. article:12, staff:3' }),
  details: Type.Record(Type.String(), Type.Unknown(), {
    description: 'What the action recorded; account.profile_updated: {changes: {field: {from, to}}}',
  }),
});

export const listAuditSchema = {
  tags: ['console: audit'],
  summary: 'Audit log of an account, newest first 操作日志',
  params: Type.Object({ accountId: Id }),
  querystring: Type.Object({
    cursor: Type.Optional(
      Type.String({ pattern: '^\\d{1,15}$', description: 'nextCursor of the previous page' }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    action: Type.Optional(
      Type.String({
        pattern: ACTION_FILTER_PATTERN,
        description: 'An exact action code, or a category prefix ending in a dot (article.)',
      }),
    ),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(AuditItem),
      nextCursor: Type.Union([Type.String(), Type.Null()]),
    }),
  },
};

export const verifyAuditSchema = {
  tags: ['console: audit'],
  summary: 'Verify the hash chain of the whole audit log 校验日志完整性',
  response: {
    200: Type.Object({
      intact: Type.Boolean(),
      firstBrokenId: Type.Union([Type.Integer(), Type.Null()], {
        description: 'The first entry whose hash does not verify; null when intact',
      }),
      entries: Type.Integer({ description: 'Entries checked' }),
    }),
  },
};
