/** Thin handlers of the audit log: authenticate → validate → authorise → one use case. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { requirePlatformAdmin } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { listAuditEntries, mayReadAudit } from './listAuditEntries.js';
import { AuditRepository } from './repository.js';
import { listAuditSchema, verifyAuditSchema } from './schema.js';
import { verifyAuditLog } from './verifyAuditLog.js';

export const auditRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = new AuditRepository(deps.database);

  app.get('/api/console/accounts/:accountId/audit', { schema: listAuditSchema }, async (req) => {
    const staff = requireStaff(req);
    const account = await repo.findAccount(req.params.accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    if (!mayReadAudit(staff, account)) throw new AppError('FORBIDDEN');
    return listAuditEntries(repo, {
      accountId: account.id,
      limit: req.query.limit,
      cursor: req.query.cursor,
      action: req.query.action,
    });
  });

  app.get('/api/console/audit/verify', { schema: verifyAuditSchema }, async (req) => {
    requirePlatformAdmin(requireStaff(req));
    return verifyAuditLog(repo);
  });
};
