/** Console routes of the name holds: platform admins only (docs/API.md, "Name holds"). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { requirePlatformAdmin } from '../../infra/auth/principal.js';
import { decideHold } from './decideHold.js';
import { toNameHold } from './presenters.js';
import { NameHoldsRepository } from './repository.js';
import { approveHoldSchema, listHoldsSchema, rejectHoldSchema } from './schema.js';

export const guardRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = NameHoldsRepository.of(deps.database);

  app.get('/api/console/name-holds', { schema: listHoldsSchema }, async (req) => {
    requirePlatformAdmin(requireStaff(req));
    const rows = await repo.list(req.query.status, req.query.limit ?? 200);
    return { items: rows.map(toNameHold) };
  });

  app.post('/api/console/name-holds/:holdId/approve', { schema: approveHoldSchema }, async (req) => {
    const staff = requireStaff(req);
    requirePlatformAdmin(staff);
    const hold = await decideHold(repo, {
      holdId: req.params.holdId,
      actorId: staff.userId,
      decision: 'approve',
      now: deps.clock.now(),
    });
    void deps.outbox.kick();
    return hold;
  });

  app.post('/api/console/name-holds/:holdId/reject', { schema: rejectHoldSchema }, async (req) => {
    const staff = requireStaff(req);
    requirePlatformAdmin(staff);
    const hold = await decideHold(repo, {
      holdId: req.params.holdId,
      actorId: staff.userId,
      decision: 'reject',
      reason: req.body.reason,
      now: deps.clock.now(),
    });
    void deps.outbox.kick();
    return hold;
  });
};
