import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { publicRoutes } from './publicRoutes.js';
import { consoleRoutes } from './routes.js';

export { createDraft, type DraftInput } from './createDraft.js';
export { publishArticle, type PublishDeps, type PublishProps } from './publishArticle.js';
export { updateDraft } from './updateDraft.js';
export { uploadMedia } from './uploadMedia.js';
export { mayPublishNow } from './policy.js';

/** The publishing module: articles, media, publication and public reading (docs/API.md). */
export const publishingModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(consoleRoutes, deps);
  await app.register(publicRoutes, deps);
};
