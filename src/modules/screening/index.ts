import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { screeningRoutes } from './routes.js';

/** Sensitive-word screening: the platform dictionary, account lists and the editor's check (docs/API.md). */
export const screeningModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(screeningRoutes, deps);
};
