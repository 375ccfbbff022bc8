import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { citizenRoutes } from './citizenRoutes.js';
import { consoleRoutes } from './consoleRoutes.js';
import { feedRoutes } from './feedRoutes.js';

export { recordArticleRead } from './recordRead.js';
export { ReadRecorder } from './recorder.js';

/**
 * Reach and engagement (docs/API.md): reads (write-behind, recorder.ts), likes, 有用 / 没用,
 * share links, comments with moderation, read-by-hour suggestions, RSS/Atom feeds.
 */
export const engagementModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(citizenRoutes, deps);
  await app.register(consoleRoutes, deps);
  await app.register(feedRoutes, deps);
};
