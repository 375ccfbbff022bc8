/**
 * Console routes of mass pushes. Each handler: authenticate → (schema validated) → authorise
 * on the account → one use case → present. Sending needs admin/editor (the use case checks
 * again in its transaction); reading the list, a report or the quota needs article read roles;
 * the quota itself is set by platform admins only.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import {
  authorizeAccount,
  requirePlatformAdmin,
  type Access,
  type StaffPrincipal,
} from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { ARTICLE_READ_ROLES, ARTICLE_WRITE_ROLES } from '../publishing/policy.js';
import { createPush } from './createPush.js';
import { cancelPush, getQuota, reschedulePush, setQuota } from './managePush.js';
import { toPushView } from './presenters.js';
import { PushesRepository } from './repository.js';
import {
  cancelPushSchema,
  createPushSchema,
  getPushSchema,
  getQuotaSchema,
  listPushesSchema,
  reschedulePushSchema,
  setQuotaSchema,
} from './schema.js';

export const pushRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = PushesRepository.of(deps.database);

  async function account(staff: StaffPrincipal, accountId: number, access: Access) {
    const found = await deps.database.k
      .selectFrom('accounts')
      .select(['id', 'region_code'])
      .where('id', '=', accountId)
      .executeTakeFirst();
    if (!found) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, found, access);
    return found;
  }

  const base = '/api/console/accounts/:accountId/pushes';
  const read = { roles: ARTICLE_READ_ROLES };
  const write = { roles: ARTICLE_WRITE_ROLES };

  app.get(base, { schema: listPushesSchema }, async (req) => {
    const acc = await account(requireStaff(req), req.params.accountId, read);
    const rows = await repo.listPushes(acc.id, req.query.limit + 1, req.query.before ?? null);
    const page = rows.slice(0, req.query.limit);
    return {
      items: page.map(toPushView),
      nextBefore: rows.length > req.query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  });

  app.post(base, { schema: createPushSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, write);
    const created = await createPush(deps, {
      accountId: acc.id,
      actorId: staff.userId,
      now: deps.clock.now(),
      articleIds: req.body.articleIds,
      audience: req.body.audience,
      scheduledAt: req.body.scheduledAt ?? null,
    });
    return reply.status(201).send(created);
  });

  app.get(`${base}/quota`, { schema: getQuotaSchema }, async (req) => {
    const acc = await account(requireStaff(req), req.params.accountId, read);
    return getQuota(repo, acc.id, deps.clock.now());
  });

  app.put(`${base}/quota`, { schema: setQuotaSchema }, async (req) => {
    const staff = requireStaff(req);
    requirePlatformAdmin(staff);
    const acc = await account(staff, req.params.accountId, read);
    return setQuota(repo, {
      accountId: acc.id,
      perDay: req.body.perDay,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
  });

  app.get(`${base}/:pushId`, { schema: getPushSchema }, async (req) => {
    const acc = await account(requireStaff(req), req.params.accountId, read);
    const row = await repo.findPush(acc.id, req.params.pushId);
    if (!row) throw new AppError('PUSH_NOT_FOUND');
    return toPushView(row);
  });

  app.post(`${base}/:pushId/cancel`, { schema: cancelPushSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, write);
    return cancelPush(deps, {
      accountId: acc.id,
      pushId: req.params.pushId,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
  });

  app.patch(`${base}/:pushId`, { schema: reschedulePushSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, write);
    return reschedulePush(deps, {
      accountId: acc.id,
      pushId: req.params.pushId,
      actorId: staff.userId,
      now: deps.clock.now(),
      scheduledAt: req.body.scheduledAt,
    });
  });
};
