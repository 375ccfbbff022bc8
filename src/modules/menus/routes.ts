/** Thin handlers of custom menus. Writing a menu (console, cgi-bin) comes with the messaging issue. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../infra/errors.js';
import { getMenu } from './getMenu.js';
import { MenusRepository } from './repository.js';
import { getMenuSchema } from './schema.js';

/** Route ids arrive as text; anything but a positive integer names no account. */
function parseAccountId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('ACCOUNT_NOT_FOUND');
  return id;
}

export const menuRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = MenusRepository.of(deps.database);

  app.get('/api/accounts/:id/menu', { schema: getMenuSchema }, async (req) => {
    return getMenu(repo, { accountId: parseAccountId(req.params.id) });
  });
};
