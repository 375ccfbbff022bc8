/**
 * Console routes of the review workflow, versions and approval chains. Handlers check that the
 * caller works on the account (any article role); each use case re-checks the specific rule
 * (policy.ts) inside its transaction.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount, type Access, type StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { ARTICLE_READ_ROLES } from '../publishing/policy.js';
import { accountChains, DEFAULT_CHAINS } from './chains.js';
import { correctArticle } from './correctArticle.js';
import { decideReview } from './decide.js';
import { ReviewRepository } from './repository.js';
import { reviewQueue, reviewState } from './reviewState.js';
import { saveChains } from './saveChains.js';
import {
  approveSchema,
  correctSchema,
  diffVersionsSchema,
  getChainsSchema,
  getVersionSchema,
  listVersionsSchema,
  putChainsSchema,
  queueSchema,
  rejectSchema,
  reviewStateSchema,
  submitSchema,
  withdrawPublicationSchema,
  withdrawSubmissionSchema,
} from './schema.js';
import { submitForReview } from './submit.js';
import { diffVersions, getVersion, listVersions } from './versions.js';
import { withdrawPublication } from './withdrawPublication.js';
import { withdrawSubmission } from './withdrawSubmission.js';

const READ: Access = { roles: ARTICLE_READ_ROLES };
const defaults = { 1: [...DEFAULT_CHAINS[1]], 2: [...DEFAULT_CHAINS[2]], 3: [...DEFAULT_CHAINS[3]] };

export const reviewRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = ReviewRepository.of(deps.database);

  async function account(staff: StaffPrincipal, accountId: number, access: Access) {
    const found = await repo.findAccount(accountId);
    if (!found) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, found, access);
    return found;
  }

  /** The article must be this account's (else 404, whoever asks). */
  async function article(accountId: number, articleId: number) {
    const row = await repo.findArticle(accountId, articleId);
    if (!row) throw new AppError('ARTICLE_NOT_FOUND');
    return row;
  }

  const base = '/api/console/accounts/:accountId';
  const one = `${base}/articles/:articleId`;
  const state = (accountId: number, articleId: number, viewerId: number) =>
    reviewState(deps, { accountId, articleId, viewerId });
  const props = (staff: StaffPrincipal, p: { accountId: number; articleId: number }) => ({
    accountId: p.accountId,
    articleId: p.articleId,
    actorId: staff.userId,
    now: deps.clock.now(),
  });

  app.get(`${one}/review`, { schema: reviewStateSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    return state(req.params.accountId, req.params.articleId, staff.userId);
  });

  app.post(`${one}/review/submit`, { schema: submitSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    await submitForReview(deps, props(staff, req.params));
    void deps.outbox.kick();
    return state(req.params.accountId, req.params.articleId, staff.userId);
  });

  app.post(`${one}/review/approve`, { schema: approveSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    await decideReview(deps, {
      ...props(staff, req.params),
      decision: 'approve',
      comment: req.body.comment,
      expectedStep: req.body.step,
    });
    void deps.outbox.kick();
    return state(req.params.accountId, req.params.articleId, staff.userId);
  });

  app.post(`${one}/review/reject`, { schema: rejectSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    await decideReview(deps, {
      ...props(staff, req.params),
      decision: 'reject',
      comment: req.body.comment,
      expectedStep: req.body.step,
    });
    void deps.outbox.kick();
    return state(req.params.accountId, req.params.articleId, staff.userId);
  });

  app.post(`${one}/review/withdraw`, { schema: withdrawSubmissionSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    await withdrawSubmission(deps, props(staff, req.params));
    return state(req.params.accountId, req.params.articleId, staff.userId);
  });

  app.post(`${one}/corrections`, { schema: correctSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    await correctArticle(deps, { ...props(staff, req.params), patch: req.body });
    void deps.outbox.kick();
    return state(req.params.accountId, req.params.articleId, staff.userId);
  });

  app.post(`${one}/withdraw`, { schema: withdrawPublicationSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    await withdrawPublication(deps, { ...props(staff, req.params), reason: req.body.reason });
    return state(req.params.accountId, req.params.articleId, staff.userId);
  });

  app.get(`${one}/versions`, { schema: listVersionsSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    await article(req.params.accountId, req.params.articleId);
    const rows = await listVersions(deps, req.params.articleId);
    return {
      items: rows.map((r) => ({
        version: r.version,
        kind: r.kind,
        title: r.title,
        tier: r.tier,
        createdBy: r.created_by,
        createdByName: r.created_by_name,
        createdAt: r.created_at,
      })),
    };
  });

  app.get(`${one}/versions/diff`, { schema: diffVersionsSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    await article(req.params.accountId, req.params.articleId);
    return diffVersions(deps, { articleId: req.params.articleId, from: req.query.from, to: req.query.to });
  });

  app.get(`${one}/versions/:version`, { schema: getVersionSchema }, async (req) => {
    const staff = requireStaff(req);
    await account(staff, req.params.accountId, READ);
    await article(req.params.accountId, req.params.articleId);
    const v = await getVersion(deps, req.params.articleId, req.params.version);
    return {
      version: v.version,
      kind: v.kind,
      title: v.title,
      tier: v.tier,
      createdBy: v.created_by,
      createdByName: null,
      createdAt: v.created_at,
      author: v.author,
      summary: v.summary,
      bodyHtml: v.body_html,
      coverMediaId: v.cover_media_id,
    };
  });

  app.get(`${base}/review-chains`, { schema: getChainsSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, READ);
    return { chains: await accountChains(deps.database.k, acc.id), defaults };
  });

  app.put(`${base}/review-chains`, { schema: putChainsSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, { roles: ['admin'] });
    const chains = await saveChains(deps, {
      accountId: acc.id,
      actorId: staff.userId,
      now: deps.clock.now(),
      chains: req.body.chains,
    });
    return { chains, defaults };
  });

  app.get(`${base}/review-queue`, { schema: queueSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, READ);
    return { items: await reviewQueue(deps, { accountId: acc.id, viewerId: staff.userId }) };
  });
};
