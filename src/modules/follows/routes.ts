/** Thin handlers of following: authenticate → validate → authorise → one use case. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireCitizen, requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { followAccount, listFollowers, parseAccountId, unfollowAccount, type FollowDeps } from './follow.js';
import { FollowsRepository } from './repository.js';
import { followSchema, listFollowersSchema, unfollowSchema } from './schema.js';

/** Staff who may see an account's follower list (docs/API.md). */
const FOLLOWER_READERS = ['admin', 'analyst', 'responder'] as const;

export const followRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = new FollowsRepository(deps.database);
  const follow: FollowDeps = {
    repo,
    clock: deps.clock,
    outbox: deps.outbox,
    pseudonymKey: deps.secrets.pseudonymKey,
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

  app.get('/api/console/accounts/:accountId/followers', { schema: listFollowersSchema }, async (req) => {
    const staff = requireStaff(req);
    const account = await repo.findAccount(deps.database.k, parseAccountId(req.params.accountId));
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, account, { roles: FOLLOWER_READERS });
    return listFollowers(repo, {
      accountId: account.id,
      followerCount: account.follower_count,
      limit: req.query.limit,
      cursor: req.query.cursor,
    });
  });
};
