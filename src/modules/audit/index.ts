import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { auditRoutes } from './routes.js';

/** The audit module: reading an account's audit log and verifying the chain (docs/API.md). */
export const auditModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(auditRoutes, deps);
};
