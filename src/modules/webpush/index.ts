import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { webPushRoutes } from './routes.js';

export { WebPushSender } from './sender.js';
export { loadVapidKeys } from './vapid.js';

/** Web Push: citizens' device subscriptions and the delivery jobs of pushes (docs/API.md, "Web Push"). */
export const webPushModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(webPushRoutes, deps);
};
