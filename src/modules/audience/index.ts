import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { audienceRoutes } from './routes.js';

/**
 * The audience module: what conditional menus match a citizen on — an account's follower
 * tags (console) and the citizen's own home region (citizen app). docs/API.md.
 */
export const audienceModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(audienceRoutes, deps);
};
