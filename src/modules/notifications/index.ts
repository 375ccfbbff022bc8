import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { notificationRoutes } from './routes.js';

/**
 * Staff notifications: the console's bell (list, mark read) and notify.ts, which other
 * modules call inside their transactions; live delivery is the outbox event
 * `notification.created` to the room `staff:<userId>`.
 */
export const notificationsModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(notificationRoutes, deps);
};
