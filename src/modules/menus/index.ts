import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { menuRoutes } from './routes.js';

/** The menus module: each account's WeChat-style custom menu (docs/API.md). */
export const menusModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(menuRoutes, deps);
};
