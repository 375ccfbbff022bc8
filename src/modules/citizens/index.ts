import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { citizenAuthRoutes } from './routes.js';

/** The citizens module: phone + one-time-code sign-in and the citizen session (docs/API.md). */
export const citizensModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(citizenAuthRoutes, deps);
};
