import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { caseRoutes } from './routes.js';

/** Cases: the taxonomy, filing, and the citizen's own cases (docs/API.md, "Cases: citizens"). */
export const casesModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(caseRoutes, deps);
};
