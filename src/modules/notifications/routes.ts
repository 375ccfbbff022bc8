/** Thin handlers of the console's notification bell; every route acts on the caller's own notifications. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { listMyNotifications, markMyNotificationsRead } from './list.js';
import { listNotificationsSchema, markNotificationsReadSchema } from './schema.js';

export const notificationRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get('/api/console/notifications', { schema: listNotificationsSchema }, async (req) => {
    const { userId } = requireStaff(req);
    return listMyNotifications(deps.database, {
      userId,
      unreadOnly: req.query.unread === '1',
      cursor: req.query.cursor,
      limit: req.query.limit,
    });
  });

  app.post(
    '/api/console/notifications/read',
    {
      schema: markNotificationsReadSchema,
      // "Mark all read" may come without a body at all; it means the same as `{}`.
      preValidation: async (req) => {
        req.body ??= {};
      },
    },
    async (req, reply) => {
      const { userId } = requireStaff(req);
      await markMyNotificationsRead(deps.database, {
        userId,
        ids: req.body.ids ?? null,
        now: deps.clock.now(),
      });
      return reply.status(204).send(null);
    },
  );
};
