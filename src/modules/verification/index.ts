import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { verificationRoutes } from './routes.js';

export { checkCreditCode } from './creditCode.js';
export { holdVerifiedRename, type RenameInReview } from './rename.js';

/** Account verification: applications, review, badge, renewal and lapse (docs/API.md, "Verification"). */
export const verificationModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(verificationRoutes, deps);
};
