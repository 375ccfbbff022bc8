import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { reviewRoutes } from './routes.js';

export { approvalChain, DEFAULT_CHAINS } from './chains.js';
export { assertReleasable } from './releasable.js';

/** The review module: the release tiers' approval chains, submissions, decisions, versions (docs/API.md). */
export const reviewModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(reviewRoutes, deps);
};
