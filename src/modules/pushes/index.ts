import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { pushRoutes } from './routes.js';

export { createPush, type CreatePushProps, type PushDeps } from './createPush.js';
export { audienceMatches, type Audience, type ReaderTraits } from './audience.js';

/** Mass pushes: compose, schedule, cancel, quota, delivery report (docs/API.md, "Pushes"). */
export const pushesModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(pushRoutes, deps);
};
