import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { autoReplyRoutes } from './routes.js';

/** The automatic-replies module: keyword rules, greeting, default reply, try-it (docs/API.md). */
export const autoRepliesModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(autoReplyRoutes, deps);
};
