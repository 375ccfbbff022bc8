/** Staff of an account and their roles: account admins (and platform admins) only. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import type { StaffRole } from '../../db/schema.js';
import { loadAccountFor, parseUserId } from './access.js';
import { addStaffMember } from './addStaffMember.js';
import { listAccountStaff } from './listAccountStaff.js';
import { removeStaffMember } from './removeStaffMember.js';
import { StaffRepository } from './repository.js';
import { addStaffSchema, listStaffSchema, removeStaffSchema, updateStaffSchema } from './schema.js';
import { updateStaffRoles } from './updateStaffRoles.js';

const ADMIN = { roles: ['admin'] } as const;

export const memberRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = StaffRepository.of(deps.database);

  app.get('/api/console/accounts/:accountId/staff', { schema: listStaffSchema }, async (req) => {
    const account = await loadAccountFor(repo, requireStaff(req), req.params.accountId, ADMIN);
    return listAccountStaff(repo, account.id);
  });

  app.post('/api/console/accounts/:accountId/staff', { schema: addStaffSchema }, async (req) => {
    const staff = requireStaff(req);
    const account = await loadAccountFor(repo, staff, req.params.accountId, ADMIN);
    return addStaffMember(repo, {
      actorId: staff.userId,
      accountId: account.id,
      username: req.body.username,
      displayName: req.body.displayName,
      password: req.body.password,
      roles: req.body.roles as StaffRole[],
      now: deps.clock.now(),
    });
  });

  app.put('/api/console/accounts/:accountId/staff/:userId', { schema: updateStaffSchema }, async (req) => {
    const staff = requireStaff(req);
    const account = await loadAccountFor(repo, staff, req.params.accountId, ADMIN);
    return updateStaffRoles(repo, {
      actorId: staff.userId,
      accountId: account.id,
      userId: parseUserId(req.params.userId),
      roles: req.body.roles as StaffRole[],
      now: deps.clock.now(),
    });
  });

  app.delete(
    '/api/console/accounts/:accountId/staff/:userId',
    { schema: removeStaffSchema },
    async (req, reply) => {
      const staff = requireStaff(req);
      const account = await loadAccountFor(repo, staff, req.params.accountId, ADMIN);
      await removeStaffMember(repo, {
        actorId: staff.userId,
        accountId: account.id,
        userId: parseUserId(req.params.userId),
        now: deps.clock.now(),
      });
      return reply.status(204).send();
    },
  );
};
