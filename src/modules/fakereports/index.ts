import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { fakeReportRoutes } from './routes.js';

/** Citizens' reports of suspected fake accounts and the platform admin's decisions (docs/API.md). */
export const fakeReportsModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(fakeReportRoutes, deps);
};
