/** Canned replies of an account: responders read them, admins write them. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount } from '../../infra/auth/principal.js';
import { inboxAccount } from './access.js';
import {
  CannedRepliesRepository,
  createCannedReply,
  deleteCannedReply,
  updateCannedReply,
} from './cannedReplies.js';
import { ConversationsRepository } from './repository.js';
import { createCannedSchema, deleteCannedSchema, listCannedSchema, updateCannedSchema } from './schema.js';

export const cannedRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const accounts = ConversationsRepository.of(deps.database);
  const canned = CannedRepliesRepository.of(deps.database);
  const base = '/api/console/accounts/:accountId/canned-replies';

  /** Writers are the account's admins (and platform admins). */
  async function adminAccount(req: Parameters<typeof requireStaff>[0], accountId: number) {
    const staff = requireStaff(req);
    const account = await inboxAccount(accounts, staff, accountId, 'read');
    authorizeAccount(staff, account, { roles: ['admin'] });
    return { staff, account };
  }

  app.get(base, { schema: listCannedSchema }, async (req) => {
    const staff = requireStaff(req);
    const account = await inboxAccount(accounts, staff, req.params.accountId, 'read');
    return { items: await canned.list(account.id) };
  });

  app.post(base, { schema: createCannedSchema }, async (req, reply) => {
    const { staff, account } = await adminAccount(req, req.params.accountId);
    const item = await createCannedReply(canned, {
      accountId: account.id,
      actorId: staff.userId,
      now: deps.clock.now(),
      input: req.body,
    });
    return reply.status(201).send(item);
  });

  app.put(`${base}/:id`, { schema: updateCannedSchema }, async (req) => {
    const { staff, account } = await adminAccount(req, req.params.accountId);
    return updateCannedReply(canned, {
      accountId: account.id,
      id: req.params.id,
      actorId: staff.userId,
      now: deps.clock.now(),
      input: req.body,
    });
  });

  app.delete(`${base}/:id`, { schema: deleteCannedSchema }, async (req, reply) => {
    const { staff, account } = await adminAccount(req, req.params.accountId);
    await deleteCannedReply(canned, {
      accountId: account.id,
      id: req.params.id,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
    return reply.status(204).send(null);
  });
};
