/**
 * Signed-out reading: the article API for the citizen app, the server-rendered article page,
 * and the media files articles point at.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../deps.js';
import { recordArticleRead } from '../engagement/recordRead.js';
import { AppError } from '../../infra/errors.js';
import { STORAGE_KEY } from './mediaStore.js';
import { PAGE_CSP, renderArticlePage, renderMissingPage, renderWithdrawnPage } from './page.js';
import { toPublicArticle } from './presenters.js';
import { PublishingRepository } from './repository.js';
import { publicArticleSchema } from './schema.js';
import { serveMedia } from './storage/serveMedia.js';
import { toContentSignature } from '../signing/presenters.js';
import { signatureQrSvg } from '../signing/qr.js';
import { SigningRepository } from '../signing/repository.js';

export const publicRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = PublishingRepository.of(deps.database);
  const signatures = SigningRepository.of(deps.database);
  const signatureOf = async (publicationId: number) =>
    toContentSignature(await signatures.latestSignature('article', publicationId));

  app.get('/api/publications/:slug', { schema: publicArticleSchema }, async (req) => {
    const row = await repo.findPublicArticle(req.params.slug);
    if (!row) throw new AppError('ARTICLE_NOT_FOUND');
    // Withdrawn (review/withdrawPublication.ts): the link answers, the text does not.
    if (row.withdrawn_at !== null) throw new AppError('ARTICLE_WITHDRAWN');
    await recordArticleRead(deps, req, row, { page: false });
    return toPublicArticle(row, await signatureOf(row.id));
  });

  app.get(
    '/a/:slug',
    // No length limit in the schema: a mangled shared link must get the reader's 404 page,
    // not a JSON validation error; an over-long slug simply is not looked up.
    { schema: { hide: true, params: Type.Object({ slug: Type.String() }) } },
    async (req, reply) => {
      const slug = req.params.slug;
      const row = slug.length <= 64 ? await repo.findPublicArticle(slug) : undefined;
      reply
        .header('content-security-policy', PAGE_CSP)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'strict-origin-when-cross-origin')
        .type('text/html; charset=utf-8');
      if (!row) return reply.status(404).header('cache-control', 'no-cache').send(renderMissingPage());
      if (row.withdrawn_at !== null)
        return reply.status(410).header('cache-control', 'no-cache').send(renderWithdrawnPage(row));
      const { viaShare } = await recordArticleRead(deps, req, row, { page: true });
      const origin = `${req.protocol}://${req.host}`;
      const signature = await signatureOf(row.id);
      const signed = signature
        ? { ...signature, qrSvg: await signatureQrSvg(`${origin}${signature.url}`) }
        : undefined;
      // Published articles do not change, but every open is a read the account counts
      // (engagement): a browser may keep the page a minute, a shared cache must not swallow it.
      return reply
        .header('cache-control', 'private, max-age=60')
        .send(renderArticlePage(row, origin, { viaShare, signature: signed }));
    },
  );

  app.get('/media/*', { schema: { hide: true } }, async (req, reply) => {
    const key = (req.params as { '*': string })['*'];
    if (!STORAGE_KEY.test(key)) throw new AppError('NOT_FOUND');
    return serveMedia(req, reply, deps.mediaStorage, key);
  });
};
