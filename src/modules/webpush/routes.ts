/** Thin handlers of Web Push subscriptions (citizens) and the public VAPID key. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireCitizen } from '../../infra/auth/hooks.js';
import { WebPushRepository } from './repository.js';
import {
  deleteSubscriptionSchema,
  listSubscriptionsSchema,
  saveSubscriptionSchema,
  vapidKeySchema,
} from './schema.js';
import { saveSubscription, toView } from './subscriptions.js';
import { loadVapidKeys } from './vapid.js';

export const webPushRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = WebPushRepository.of(deps.database);

  app.get('/api/push/vapid-public-key', { schema: vapidKeySchema }, async () => ({
    publicKey: (await loadVapidKeys(deps.database)).publicKey,
  }));

  app.get('/api/me/push-subscriptions', { schema: listSubscriptionsSchema }, async (req) => {
    const { citizenId } = requireCitizen(req);
    return { items: (await repo.listSubscriptions(citizenId)).map(toView) };
  });

  app.post('/api/me/push-subscriptions', { schema: saveSubscriptionSchema }, async (req, reply) => {
    const { citizenId } = requireCitizen(req);
    const view = await saveSubscription(repo, {
      citizenId,
      input: req.body,
      now: deps.clock.now(),
      allowLoopback: deps.config.webPushAllowLoopback,
    });
    return reply.status(201).send(view);
  });

  app.delete('/api/me/push-subscriptions', { schema: deleteSubscriptionSchema }, async (req, reply) => {
    const { citizenId } = requireCitizen(req);
    await repo.deleteSubscription(citizenId, req.body.endpoint);
    return reply.status(204).send(null);
  });
};
