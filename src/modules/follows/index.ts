import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { followRoutes } from './routes.js';

/** The follows module: follow/unfollow and the staff's follower list (docs/API.md). */
export const followsModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(followRoutes, deps);
};
