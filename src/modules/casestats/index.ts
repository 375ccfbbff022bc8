import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { caseStatsRoutes } from './routes.js';

/** Public statistics of cases per account and per region, JSON and XLSX (docs/API.md). */
export const caseStatsModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(caseStatsRoutes, deps);
};
