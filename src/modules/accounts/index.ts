import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { accountRoutes } from './routes.js';

/**
 * The accounts module: regions, department types, the citizen directory, public profiles
 * and the console's account management (see docs/API.md).
 */
export const accountsModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(accountRoutes, deps);
};
