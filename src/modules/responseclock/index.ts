import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { messagingSettingsRoutes } from './routes.js';

/**
 * The response-clock module: each account's first-response policy (messaging settings) and
 * the working-hours arithmetic of deadlines (policy.ts), which conversations use.
 */
export const responseClockModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(messagingSettingsRoutes, deps);
};
