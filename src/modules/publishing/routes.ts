/**
 * Console routes for articles and media. Each handler: authenticate → (schema validated) →
 * authorise on the account → one use case → present.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { authorizeAccount, type Access, type StaffPrincipal } from '../../infra/auth/principal.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { AppError } from '../../infra/errors.js';
import { createDraft } from './createDraft.js';
import { ARTICLE_READ_ROLES, ARTICLE_WRITE_ROLES } from './policy.js';
import { decodeCursor, encodeCursor, toArticleAdmin, toArticleSummary, toMediaUpload } from './presenters.js';
import { publishArticle } from './publishArticle.js';
import { PublishingRepository, type AccountRef } from './repository.js';
import {
  createArticleSchema,
  getArticleSchema,
  listArticlesSchema,
  publishArticleSchema,
  updateArticleSchema,
  uploadMediaSchema,
} from './schema.js';
import { updateDraft } from './updateDraft.js';
import { MEDIA_MAX_ANY } from './mediaTypes.js';
import { uploadMedia } from './uploadMedia.js';

export const consoleRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = PublishingRepository.of(deps.database);

  /** Unknown account → 404; known account without the needed role → 403. */
  async function account(staff: StaffPrincipal, accountId: number, access: Access): Promise<AccountRef> {
    const found = await repo.findAccount(accountId);
    if (!found) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, found, access);
    return found;
  }

  const base = '/api/console/accounts/:accountId';

  app.get(`${base}/articles`, { schema: listArticlesSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, { roles: ARTICLE_READ_ROLES });
    const limit = req.query.limit ?? 20;
    const after = req.query.cursor ? decodeCursor(req.query.cursor) : undefined;
    if (after === null) throw new AppError('VALIDATION_FAILED', { field: 'cursor' });
    const rows = await repo.listArticles(acc.id, limit + 1, after, req.query.status);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toArticleSummary),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
    };
  });

  app.post(`${base}/articles`, { schema: createArticleSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, { roles: ARTICLE_WRITE_ROLES });
    const row = await createDraft(deps, {
      accountId: acc.id,
      actorId: staff.userId,
      now: deps.clock.now(),
      input: req.body,
    });
    return reply.status(201).send(toArticleAdmin(row));
  });

  app.get(`${base}/articles/:articleId`, { schema: getArticleSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, { roles: ARTICLE_READ_ROLES });
    const row = await repo.findArticle(acc.id, req.params.articleId);
    if (!row) throw new AppError('ARTICLE_NOT_FOUND');
    return toArticleAdmin(row);
  });

  app.patch(`${base}/articles/:articleId`, { schema: updateArticleSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, { roles: ARTICLE_WRITE_ROLES });
    const row = await updateDraft(deps, {
      accountId: acc.id,
      articleId: req.params.articleId,
      actorId: staff.userId,
      now: deps.clock.now(),
      patch: req.body,
    });
    return toArticleAdmin(row);
  });

  app.post(`${base}/articles/:articleId/publish`, { schema: publishArticleSchema }, async (req) => {
    const staff = requireStaff(req);
    // Those who may see the article get this far; whether this actor may publish its tier
    // now is the use case's call (review/releasable.ts), the same for every caller.
    const acc = await account(staff, req.params.accountId, { roles: ARTICLE_READ_ROLES });
    return publishArticle(deps, {
      accountId: acc.id,
      articleId: req.params.articleId,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
  });

  app.post(`${base}/media`, { schema: uploadMediaSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, { roles: ARTICLE_WRITE_ROLES });
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    // This route's own limit (video up to 200 MB); the app-wide multipart limit is 10 MB.
    // Per-kind limits are applied while streaming (uploadMedia).
    const part = await req.file({ limits: { fileSize: MEDIA_MAX_ANY + 1, files: 1 } });
    if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { field: 'file' });
    const row = await uploadMedia(deps, {
      accountId: acc.id,
      actorId: staff.userId,
      now: deps.clock.now(),
      file: part.file,
      fileName: part.filename,
    });
    return reply.status(201).send(toMediaUpload(row));
  });
};
