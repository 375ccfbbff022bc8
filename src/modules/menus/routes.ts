/**
 * Thin handlers of custom menus: the citizen's menu and the service pages its buttons open
 * (public), and the console's menu editor and hotlines (admin, editor).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount, type StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { toPublicationCard } from '../publishing/card.js';
import { getHotlinesSchema, getMenusSchema, putHotlinesSchema, putMenusSchema } from './consoleSchema.js';
import { getMenu } from './getMenu.js';
import { listHotlines, setHotlines } from './hotlines.js';
import { MenusRepository } from './repository.js';
import { loadMenuSet, saveMenus } from './saveMenus.js';
import { accountArticlesSchema, getMenuSchema, hotlinesSchema } from './schema.js';

/** Who edits an account's menus and hotlines (docs/API.md). */
export const MENU_EDITORS = ['admin', 'editor'] as const;

/** Route ids arrive as text; anything but a positive integer names no account. */
function parseAccountId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('ACCOUNT_NOT_FOUND');
  return id;
}

export const menuRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = MenusRepository.of(deps.database);

  /** An account citizens may see: suspended ones are hidden as if they did not exist. */
  async function publicAccount(raw: string): Promise<number> {
    const account = await repo.findAccount(parseAccountId(raw));
    if (!account || account.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND');
    return account.id;
  }

  app.get('/api/accounts/:id/menu', { schema: getMenuSchema }, async (req) => {
    return getMenu(repo, { accountId: parseAccountId(req.params.id), citizenId: req.citizen?.citizenId });
  });

  app.get('/api/accounts/:id/services/hotlines', { schema: hotlinesSchema }, async (req) => {
    return { items: await listHotlines(repo, await publicAccount(req.params.id)) };
  });

  app.get('/api/accounts/:id/services/articles', { schema: accountArticlesSchema }, async (req) => {
    const accountId = await publicAccount(req.params.id);
    const limit = req.query.limit ?? 20;
    const before = req.query.cursor === undefined ? undefined : Number(req.query.cursor);
    if (before !== undefined && !(Number.isSafeInteger(before) && before > 0))
      throw new AppError('VALIDATION_FAILED', { field: 'cursor' });
    const rows = await repo.listPublications(accountId, limit + 1, before);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toPublicationCard),
      nextCursor: rows.length > limit && last ? String(last.seq) : null,
    };
  });

  /** Unknown account → 404; known account without the role → 403. */
  async function editable(staff: StaffPrincipal, accountId: number): Promise<number> {
    const account = await repo.findAccount(accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, account, { roles: MENU_EDITORS });
    return account.id;
  }

  const base = '/api/console/accounts/:accountId';

  app.get(`${base}/menus`, { schema: getMenusSchema }, async (req) => {
    const accountId = await editable(requireStaff(req), req.params.accountId);
    return loadMenuSet(repo, accountId);
  });

  app.put(`${base}/menus`, { schema: putMenusSchema }, async (req) => {
    const staff = requireStaff(req);
    const accountId = await editable(staff, req.params.accountId);
    return saveMenus(repo, { accountId, input: req.body, actorId: staff.userId, now: deps.clock.now() });
  });

  app.get(`${base}/hotlines`, { schema: getHotlinesSchema }, async (req) => {
    const accountId = await editable(requireStaff(req), req.params.accountId);
    return { items: await listHotlines(repo, accountId) };
  });

  app.put(`${base}/hotlines`, { schema: putHotlinesSchema }, async (req) => {
    const staff = requireStaff(req);
    const accountId = await editable(staff, req.params.accountId);
    const items = await setHotlines(repo, {
      accountId,
      items: req.body.items,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
    return { items };
  });
};
