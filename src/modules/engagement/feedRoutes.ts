/** Public RSS 2.0 and Atom feeds per account: `/accounts/<handle>/feed.rss` and `feed.atom`. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../infra/errors.js';
import { renderFeed, type FeedFormat } from './feeds.js';
import { EngagementRepository } from './repository.js';

const TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export const feedRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = EngagementRepository.of(deps.database);
  for (const format of ['rss', 'atom'] as const) {
    app.get(
      `/accounts/:handle/feed.${format}`,
      { schema: { hide: true, params: Type.Object({ handle: Type.String({ maxLength: 64 }) }) } },
      async (req, reply) => {
        const xml = await renderFeed(repo, req.params.handle, format, `${req.protocol}://${req.host}`);
        if (xml === null) throw new AppError('ACCOUNT_NOT_FOUND');
        // Feed readers poll; a few minutes of caching spares the database.
        return reply.type(TYPES[format]).header('cache-control', 'public, max-age=300').send(xml);
      },
    );
  }
};
