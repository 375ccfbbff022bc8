/** Thin handlers of following: authenticate → validate → authorise → one use case. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { StaffRole } from '../../db/schema.js';
import type { AppDeps } from '../../deps.js';
import { requireCitizen, requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { followAccount, listFollowers, parseAccountId, unfollowAccount, type FollowDeps } from './follow.js';
import { followUrl, qrFilename, QR_CONTENT_TYPES, renderFollowQr } from './qrcode.js';
import { FollowsRepository } from './repository.js';
import {
  followerStatsSchema,
  followQrSchema,
  followSchema,
  listFollowersSchema,
  unfollowSchema,
} from './schema.js';
import { followerStats } from './stats.js';

/** Staff who may see an account's follower list and statistics (docs/API.md). */
const FOLLOWER_READERS = ['admin', 'analyst', 'responder'] as const;
/** Staff who make promotion material: the account's admins and editors. */
const QR_MAKERS = ['admin', 'editor'] as const;

export const followRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = new FollowsRepository(deps.database);
  const follow: FollowDeps = {
    repo,
    clock: deps.clock,
    outbox: deps.outbox,
    pseudonymKey: deps.secrets.pseudonymKey,
    database: deps.database,
  };

  app.post('/api/accounts/:id/follow', { schema: followSchema }, async (req) => {
    const citizen = requireCitizen(req);
    const accountId = parseAccountId(req.params.id);
    return followAccount(follow, { accountId, citizenId: citizen.citizenId, scene: req.body?.scene ?? null });
  });

  app.delete('/api/accounts/:id/follow', { schema: unfollowSchema }, async (req) => {
    const citizen = requireCitizen(req);
    const accountId = parseAccountId(req.params.id);
    return unfollowAccount(follow, { accountId, citizenId: citizen.citizenId });
  });

  /** The account behind a console route, once the signed-in staff member may use it. */
  const staffAccount = async (
    req: Parameters<typeof requireStaff>[0],
    rawId: string,
    roles: readonly StaffRole[],
  ) => {
    const staff = requireStaff(req);
    const account = await repo.findAccount(deps.database.k, parseAccountId(rawId));
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, account, { roles });
    return account;
  };

  app.get('/api/console/accounts/:accountId/followers', { schema: listFollowersSchema }, async (req) => {
    const account = await staffAccount(req, req.params.accountId, FOLLOWER_READERS);
    return listFollowers(repo, {
      accountId: account.id,
      followerCount: account.follower_count,
      limit: req.query.limit,
      cursor: req.query.cursor,
    });
  });

  app.get(
    '/api/console/accounts/:accountId/stats/followers',
    { schema: followerStatsSchema },
    async (req) => {
      const account = await staffAccount(req, req.params.accountId, FOLLOWER_READERS);
      return followerStats(repo, {
        accountId: account.id,
        followerCount: account.follower_count,
        days: req.query.days,
        now: deps.clock.now(),
      });
    },
  );

  app.get('/api/console/accounts/:accountId/qrcode', { schema: followQrSchema }, async (req, reply) => {
    const account = await staffAccount(req, req.params.accountId, QR_MAKERS);
    const { scene, format } = req.query;
    const image = await renderFollowQr(
      followUrl(`${req.protocol}://${req.host}`, account.handle, scene),
      format,
    );
    reply
      .type(QR_CONTENT_TYPES[format])
      .header('x-content-type-options', 'nosniff')
      // An SVG opened on its own is a document; this one needs no script, style or fetch.
      .header('content-security-policy', "default-src 'none'")
      .header('cache-control', 'private, max-age=3600');
    if (req.query.download === 1)
      reply.header(
        'content-disposition',
        `attachment; filename="${qrFilename(account.handle, scene, format)}"`,
      );
    return reply.send(image);
  });
};
