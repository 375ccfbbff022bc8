import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { guardRoutes } from './routes.js';

/** Impersonation guard: name holds for platform review (docs/GUARD.md, docs/API.md). */
export const guardModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(guardRoutes, deps);
};
