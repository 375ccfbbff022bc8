/**
 * Routes of the administration of cases (docs/API.md, "Cases: administration"). The taxonomy,
 * routing rules and Open311 keys are platform-wide: platform admins only (FORBIDDEN for any
 * other staff). An account's clock settings: any role on the account (or its supervisor)
 * reads them, the account's admins (and platform admins) change them.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount, requirePlatformAdmin, type Access } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import type { FastifyRequest } from 'fastify';
import { createCategory, deleteCategory, setCategoryActive, updateCategory } from './categories.js';
import { CLOCK_EDITORS, getClockSettings, saveClockSettings } from './clockSettings.js';
import {
  getOpen311Settings,
  issueClient,
  listClients,
  revokeClient,
  saveOpen311Settings,
} from './open311Keys.js';
import { toCategoryAdmin } from './presenters.js';
import { CasesAdminRepository } from './repository.js';
import { createRule, deleteRule, listRules, previewRule } from './routing.js';
import {
  createCategorySchema,
  createRuleSchema,
  deleteCategorySchema,
  deleteRuleSchema,
  getClockSchema,
  getOpen311SettingsSchema,
  issueClientSchema,
  listCategoriesSchema,
  listClientsSchema,
  listRulesSchema,
  previewRuleSchema,
  putClockSchema,
  putOpen311SettingsSchema,
  revokeClientSchema,
  setCategoryActiveSchema,
  updateCategorySchema,
} from './schema.js';

const READ: Access = { read: true };
const EDIT: Access = { roles: CLOCK_EDITORS };

export const casesAdminRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = CasesAdminRepository.of(deps.database);

  /** The platform admin acting, with the time of the request. */
  function admin(req: FastifyRequest): { actorId: number; now: number } {
    const staff = requireStaff(req);
    requirePlatformAdmin(staff);
    return { actorId: staff.userId, now: deps.clock.now() };
  }

  // ---- categories ----
  const categories = '/api/console/case-categories';

  app.get(categories, { schema: listCategoriesSchema }, async (req) => {
    admin(req);
    return { items: (await repo.listCategories()).map(toCategoryAdmin) };
  });

  app.post(categories, { schema: createCategorySchema }, async (req, reply) => {
    const out = await createCategory(repo, req.body, admin(req));
    return reply.status(201).send(out);
  });

  app.put(`${categories}/:id`, { schema: updateCategorySchema }, async (req) => {
    return updateCategory(repo, req.params.id, req.body, admin(req));
  });

  app.post(`${categories}/:id/deactivate`, { schema: setCategoryActiveSchema }, async (req) => {
    return setCategoryActive(repo, req.params.id, false, admin(req));
  });

  app.post(`${categories}/:id/reactivate`, { schema: setCategoryActiveSchema }, async (req) => {
    return setCategoryActive(repo, req.params.id, true, admin(req));
  });

  app.delete(`${categories}/:id`, { schema: deleteCategorySchema }, async (req, reply) => {
    await deleteCategory(repo, req.params.id, admin(req));
    return reply.status(204).send(null);
  });

  // ---- routing rules ----
  const rules = '/api/console/case-routing-rules';

  app.get(rules, { schema: listRulesSchema }, async (req) => {
    admin(req);
    return { items: await listRules(repo, req.query.categoryId) };
  });

  app.get(`${rules}/preview`, { schema: previewRuleSchema }, async (req) => {
    admin(req);
    return previewRule(repo, req.query.categoryId, req.query.regionCode);
  });

  app.post(rules, { schema: createRuleSchema }, async (req, reply) => {
    const out = await createRule(repo, req.body, admin(req));
    return reply.status(201).send(out);
  });

  app.delete(`${rules}/:id`, { schema: deleteRuleSchema }, async (req, reply) => {
    await deleteRule(repo, req.params.id, admin(req));
    return reply.status(204).send(null);
  });

  // ---- per-account clock settings ----
  const clock = '/api/console/accounts/:accountId/case-clock';

  async function account(req: FastifyRequest, accountId: number, access: Access) {
    const staff = requireStaff(req);
    const found = await repo.findAccount(accountId);
    if (!found) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, found, access);
    return { staff, account: found };
  }

  app.get(clock, { schema: getClockSchema }, async (req) => {
    const { staff, account: acc } = await account(req, req.params.accountId, READ);
    return getClockSettings(repo, acc, staff);
  });

  app.put(clock, { schema: putClockSchema }, async (req) => {
    const { staff, account: acc } = await account(req, req.params.accountId, EDIT);
    return saveClockSettings(repo, acc, staff, req.body, deps.clock.now());
  });

  // ---- Open311 api keys ----
  const clients = '/api/console/open311-clients';

  app.get(clients, { schema: listClientsSchema }, async (req) => {
    admin(req);
    return { items: await listClients(repo) };
  });

  app.post(clients, { schema: issueClientSchema }, async (req, reply) => {
    const out = await issueClient(repo, req.body.name, admin(req));
    reply.header('cache-control', 'no-store');
    return reply.status(201).send(out);
  });

  app.delete(`${clients}/:id`, { schema: revokeClientSchema }, async (req) => {
    return revokeClient(repo, req.params.id, admin(req));
  });

  const open311Settings = '/api/console/open311-settings';

  app.get(open311Settings, { schema: getOpen311SettingsSchema }, async (req) => {
    admin(req);
    return getOpen311Settings(repo);
  });

  app.put(open311Settings, { schema: putOpen311SettingsSchema }, async (req) => {
    return saveOpen311Settings(repo, req.body.defaultAccountId, admin(req));
  });
};
