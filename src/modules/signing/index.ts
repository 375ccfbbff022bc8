import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { signingPublicRoutes } from './publicRoutes.js';
import { signingRoutes } from './routes.js';

export { signSubject, signPublication } from './sign.js';

/**
 * Signed content (docs/SIGNING.md): accounts' Ed25519 keys, signatures made at release,
 * the public verification API and key list, and key management in the console.
 */
export const signingModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(signingPublicRoutes, deps);
  await app.register(signingRoutes, deps);
};
