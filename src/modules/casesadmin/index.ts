import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { casesAdminRoutes } from './routes.js';

/**
 * Administration of cases (docs/API.md, "Cases: administration"): the platform-wide category
 * taxonomy, routing rules and Open311 api keys, and each account's clock settings.
 */
export const casesAdminModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(casesAdminRoutes, deps);
};
