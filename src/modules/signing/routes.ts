/**
 * Console routes of signing keys. Any staff member of the account (or a supervisor) may see
 * the keys; rotating and revoking need the account's admin role or a platform admin, and the
 * use cases audit both.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount, type Access, type StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { revokeKey, rotateKey } from './manageKeys.js';
import { toKeyAdmin } from './presenters.js';
import { SigningRepository } from './repository.js';
import { listKeysSchema, revokeKeySchema, rotateKeySchema } from './schema.js';

const READ: Access = { read: true };
const MANAGE: Access = { roles: ['admin'] };

export const signingRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = SigningRepository.of(deps.database);

  async function account(staff: StaffPrincipal, accountId: number, access: Access) {
    const found = await repo.findAccount(accountId);
    if (!found) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, found, access);
    return found;
  }

  const base = '/api/console/accounts/:accountId/signing/keys';

  app.get(base, { schema: listKeysSchema }, async (req) => {
    const acc = await account(requireStaff(req), req.params.accountId, READ);
    const keys = (await repo.keysOfAccount(acc.id)).map(toKeyAdmin);
    return { verified: acc.verified === 1, current: keys.find((k) => k.current) ?? null, keys };
  });

  app.post(`${base}/rotate`, { schema: rotateKeySchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, MANAGE);
    const key = await rotateKey(deps, { accountId: acc.id, actorId: staff.userId, now: deps.clock.now() });
    return reply.status(201).send(toKeyAdmin(key));
  });

  app.post(`${base}/:keyId/revoke`, { schema: revokeKeySchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, MANAGE);
    const { revoked, replacement } = await revokeKey(deps, {
      accountId: acc.id,
      actorId: staff.userId,
      now: deps.clock.now(),
      keyId: req.params.keyId,
      reason: req.body.reason,
      compromisedFrom: req.body.compromisedFrom ?? null,
    });
    return { revoked: toKeyAdmin(revoked), replacement: replacement ? toKeyAdmin(replacement) : null };
  });
};
