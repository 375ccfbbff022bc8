import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { cannedRoutes } from './cannedRoutes.js';
import { citizenRoutes } from './citizenRoutes.js';
import { consoleRoutes } from './consoleRoutes.js';

export { sendCitizenMessage, type ConversationDeps } from './sendCitizenMessage.js';
export { sendStaffMessage } from './sendStaffMessage.js';
export { greetFollower } from './greetFollower.js';

/** The conversations module: one-to-one messages, the staff inbox and canned replies (docs/API.md). */
export const conversationsModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(citizenRoutes, deps);
  await app.register(consoleRoutes, deps);
  await app.register(cannedRoutes, deps);
};
