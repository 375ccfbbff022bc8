/**
 * Thin handlers: authenticate → validate (schemas) → authorise → one use case → present.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requirePlatformAdmin } from '../../infra/auth/principal.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { toNameHoldSummary } from '../guard/presenters.js';
import { nameGuard } from '../guard/registry.js';
import { NameHoldsRepository } from '../guard/repository.js';
import { loadAccountFor } from './access.js';
import { createAccount } from './createAccount.js';
import { DEPARTMENTS } from './departments.js';
import { getAccountProfile } from './getAccountProfile.js';
import { getDirectoryStats } from './getDirectoryStats.js';
import { listConsoleAccounts } from './listConsoleAccounts.js';
import { listRegions } from './listRegions.js';
import { toAccountAdmin } from './presenters.js';
import { AccountsRepository } from './repository.js';
import {
  accountProfileSchema,
  createAccountSchema,
  directorySchema,
  directoryStatsSchema,
  getConsoleAccountSchema,
  listConsoleAccountsSchema,
  listDepartmentsSchema,
  listRegionsSchema,
  updateAccountSchema,
} from './schema.js';
import { searchDirectory } from './searchDirectory.js';
import { updateAccountProfile } from './updateAccountProfile.js';

export const accountRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = AccountsRepository.of(deps.database);
  const guard = nameGuard(deps.database);
  const holds = NameHoldsRepository.of(deps.database);

  // ---- public ----

  app.get('/api/regions', { schema: listRegionsSchema }, async (req) => ({
    items: await listRegions(repo, req.query.parent),
  }));

  app.get('/api/departments', { schema: listDepartmentsSchema }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=3600');
    return { items: DEPARTMENTS.map((d) => ({ ...d })) };
  });

  app.get('/api/directory', { schema: directorySchema }, async (req) => searchDirectory(repo, req.query));

  app.get('/api/directory/stats', { schema: directoryStatsSchema }, async (req, reply) => {
    const stats = await getDirectoryStats(repo, { region: req.query.region });
    // Counts change slowly and the answer is the same for everyone: let browsers and proxies keep it.
    reply.header('cache-control', 'public, max-age=300');
    return stats;
  });

  app.get('/api/accounts/:ref', { schema: accountProfileSchema }, async (req) =>
    getAccountProfile(repo, { ref: req.params.ref, citizenId: req.citizen?.citizenId ?? null }),
  );

  // ---- console ----

  app.get('/api/console/accounts', { schema: listConsoleAccountsSchema }, async (req) =>
    listConsoleAccounts(repo, requireStaff(req)),
  );

  app.post('/api/console/accounts', { schema: createAccountSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    requirePlatformAdmin(staff);
    const account = await createAccount(repo, {
      actorId: staff.userId,
      input: req.body,
      now: deps.clock.now(),
      guard,
    });
    return reply.status(201).send(account);
  });

  app.get('/api/console/accounts/:accountId', { schema: getConsoleAccountSchema }, async (req) => {
    const account = await loadAccountFor(repo, requireStaff(req), req.params.accountId, { read: true });
    const hold = await holds.shownFor(account);
    return hold ? { ...toAccountAdmin(account), nameHold: toNameHoldSummary(hold) } : toAccountAdmin(account);
  });

  app.patch('/api/console/accounts/:accountId', { schema: updateAccountSchema }, async (req) => {
    const staff = requireStaff(req);
    const account = await loadAccountFor(repo, staff, req.params.accountId, { roles: ['admin'] });
    return updateAccountProfile(repo, {
      actorId: staff.userId,
      account,
      patch: req.body,
      now: deps.clock.now(),
      database: deps.database,
      guard,
    });
  });
};
