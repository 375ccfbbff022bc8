/**
 * Console routes of engagement. Each handler: authenticate → (schema validated) → authorise
 * on the account → one use case → present.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { authorizeAccount, type Access, type StaffPrincipal } from '../../infra/auth/principal.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { AppError } from '../../infra/errors.js';
import { articleFigures, articlesFigures } from './figures.js';
import { moderateComment, type Moderation } from './moderate.js';
import { MODERATE_ROLES } from './policy.js';
import { toStaffComment } from './presenters.js';
import { suggestHours } from './readHours.js';
import { EngagementRepository } from './repository.js';
import {
  approveCommentSchema,
  articleFiguresSchema,
  articlesFiguresSchema,
  consoleCommentsSchema,
  deleteCommentSchema,
  featureCommentSchema,
  getSettingsSchema,
  putSettingsSchema,
  readHoursSchema,
  replyCommentSchema,
} from './schema.js';

const READ: Access = { read: true };
const MODERATE: Access = { roles: MODERATE_ROLES };

export const consoleRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = EngagementRepository.of(deps.database);

  /** Unknown account → 404; known account without the needed role → 403. */
  async function account(staff: StaffPrincipal, accountId: number, access: Access): Promise<number> {
    const found = await repo.findAccount(accountId);
    if (!found) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, found, access);
    return found.id;
  }

  const base = '/api/console/accounts/:accountId';

  app.get(`${base}/engagement/read-hours`, { schema: readHoursSchema }, async (req) => {
    const accountId = await account(requireStaff(req), req.params.accountId, READ);
    return suggestHours(await repo.readHours(accountId));
  });

  app.get(`${base}/engagement/articles/:articleId`, { schema: articleFiguresSchema }, async (req) => {
    const accountId = await account(requireStaff(req), req.params.accountId, READ);
    return articleFigures(repo, accountId, req.params.articleId);
  });

  app.get(`${base}/engagement/articles`, { schema: articlesFiguresSchema }, async (req) => {
    const accountId = await account(requireStaff(req), req.params.accountId, READ);
    const ids = req.query.ids.split(',').map(Number);
    return { items: await articlesFigures(repo, accountId, ids) };
  });

  app.get(`${base}/engagement/settings`, { schema: getSettingsSchema }, async (req) => {
    const accountId = await account(requireStaff(req), req.params.accountId, READ);
    return { autoPublishComments: await repo.autoPublishComments(accountId) };
  });

  app.put(`${base}/engagement/settings`, { schema: putSettingsSchema }, async (req) => {
    const staff = requireStaff(req);
    const accountId = await account(staff, req.params.accountId, MODERATE);
    const now = deps.clock.now();
    await repo.transaction(async (tx) => {
      await tx.putSettings(accountId, req.body.autoPublishComments, now);
      await tx.audit({
        at: now,
        actorKind: 'staff',
        actorId: staff.userId,
        accountId,
        action: 'engagement.settings',
        target: `account:${accountId}`,
        details: { autoPublishComments: req.body.autoPublishComments },
      });
    });
    return { autoPublishComments: req.body.autoPublishComments };
  });

  app.get(`${base}/comments`, { schema: consoleCommentsSchema }, async (req) => {
    const accountId = await account(requireStaff(req), req.params.accountId, MODERATE);
    const limit = req.query.limit ?? 20;
    const rows = await repo.listComments(
      accountId,
      req.query.tab ?? 'held',
      limit + 1,
      req.query.before,
      req.query.publicationId,
    );
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => toStaffComment(r, deps.secrets.pseudonymKey)),
      nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      counts: await repo.commentCounts(accountId),
    };
  });

  async function moderate(
    staff: StaffPrincipal,
    accountParam: number,
    commentId: number,
    action: Moderation,
  ) {
    const accountId = await account(staff, accountParam, MODERATE);
    const row = await moderateComment(repo, {
      accountId,
      commentId,
      actorId: staff.userId,
      now: deps.clock.now(),
      action,
    });
    const pub = await repo.findPublication(row.publication_id);
    return toStaffComment(
      { ...row, publication_title: pub?.title ?? '', publication_slug: pub?.slug ?? '' },
      deps.secrets.pseudonymKey,
    );
  }

  app.post(`${base}/comments/:commentId/approve`, { schema: approveCommentSchema }, async (req) =>
    moderate(requireStaff(req), req.params.accountId, req.params.commentId, { kind: 'approve' }),
  );

  app.put(`${base}/comments/:commentId/featured`, { schema: featureCommentSchema }, async (req) =>
    moderate(requireStaff(req), req.params.accountId, req.params.commentId, {
      kind: 'feature',
      featured: req.body.featured,
    }),
  );

  app.put(`${base}/comments/:commentId/reply`, { schema: replyCommentSchema }, async (req) =>
    moderate(requireStaff(req), req.params.accountId, req.params.commentId, {
      kind: 'reply',
      body: req.body.body,
    }),
  );

  app.post(`${base}/comments/:commentId/delete`, { schema: deleteCommentSchema }, async (req) =>
    moderate(requireStaff(req), req.params.accountId, req.params.commentId, {
      kind: 'delete',
      reason: req.body.reason,
    }),
  );
};
