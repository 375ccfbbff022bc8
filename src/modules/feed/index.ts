import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { feedRoutes } from './routes.js';

/** The feed module: threads, the home list, the merged feed and real-time events (docs/API.md). */
export const feedModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(feedRoutes, deps);
};
