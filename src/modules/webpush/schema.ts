/** Route schemas of Web Push (docs/API.md, "Web Push"). */
import { Type } from 'typebox';

const tags = ['webpush'];

const Subscription = Type.Object({
  id: Type.Integer(),
  device: Type.String(),
  service: Type.String({ description: 'origin of the push service' }),
  createdAt: Type.Integer(),
});

export const vapidKeySchema = {
  tags,
  summary: "The platform's VAPID public key (applicationServerKey for PushManager.subscribe)",
  response: { 200: Type.Object({ publicKey: Type.String() }) },
};

export const listSubscriptionsSchema = {
  tags,
  summary: "The signed-in citizen's devices that receive new-article notifications",
  response: { 200: Type.Object({ items: Type.Array(Subscription) }) },
};

export const saveSubscriptionSchema = {
  tags,
  summary: "Save this device's push subscription (PushSubscription.toJSON())",
  body: Type.Object({
    endpoint: Type.String({ minLength: 1, maxLength: 2000 }),
    keys: Type.Object({ p256dh: Type.String({ maxLength: 200 }), auth: Type.String({ maxLength: 100 }) }),
    device: Type.Optional(Type.String({ maxLength: 200 })),
    expirationTime: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  }),
  response: { 201: Subscription },
};

export const deleteSubscriptionSchema = {
  tags,
  summary: "Remove this device's push subscription",
  body: Type.Object({ endpoint: Type.String({ minLength: 1, maxLength: 2000 }) }),
  response: { 204: Type.Null() },
};
