import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { calendarRoutes } from './routes.js';

/** The official working calendar the platform admin maintains (docs/API.md, "Official calendar"). */
export const calendarModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(calendarRoutes, deps);
};
