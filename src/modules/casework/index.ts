import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { caseworkRoutes } from './routes.js';

/** The departments' side of cases: boxes, handling, transfer, joint handling (docs/API.md). */
export const caseworkModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(caseworkRoutes, deps);
};
