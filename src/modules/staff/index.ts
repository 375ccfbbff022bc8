import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { memberRoutes } from './memberRoutes.js';
import { sessionRoutes } from './sessionRoutes.js';

/** The staff module: console sign-in, password, and the staff and roles of each account. */
export const staffModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(sessionRoutes, deps);
  await app.register(memberRoutes, deps);
};
