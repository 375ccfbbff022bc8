/**
 * What readers do under an article: the figures it shows, like, 有用 / 没用, share links and
 * comments. Reading the figures and comments needs no sign-in; reacting and commenting do.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireCitizen } from '../../infra/auth/hooks.js';
import { clientBucket, enforceRateLimit } from '../../infra/ratelimit/limiter.js';
import { postComment, readerComments } from './comment.js';
import { COMMENTS_PER_CITIZEN, COMMENTS_PER_CITIZEN_DAY, SHARES_PER_CLIENT } from './policy.js';
import { engagementOf, livePublication, setFeedback, setLike } from './react.js';
import { EngagementRepository } from './repository.js';
import {
  createShareSchema,
  getEngagementSchema,
  listCommentsSchema,
  postCommentSchema,
  putFeedbackSchema,
  putLikeSchema,
} from './schema.js';
import { createShare } from './share.js';

export const citizenRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = EngagementRepository.of(deps.database);
  const base = '/api/publications/:slug';

  app.get(`${base}/engagement`, { schema: getEngagementSchema }, async (req, reply) => {
    const pub = await livePublication(repo, req.params.slug);
    // Personal (liked, own answer): never cached by a shared proxy.
    reply.header('cache-control', 'private, no-cache');
    return engagementOf(repo, pub, req.citizen?.citizenId ?? null);
  });

  app.put(`${base}/like`, { schema: putLikeSchema }, async (req) => {
    const citizen = requireCitizen(req);
    return setLike(repo, {
      slug: req.params.slug,
      citizenId: citizen.citizenId,
      liked: req.body.liked,
      now: deps.clock.now(),
    });
  });

  app.put(`${base}/feedback`, { schema: putFeedbackSchema }, async (req) => {
    const citizen = requireCitizen(req);
    return setFeedback(repo, {
      slug: req.params.slug,
      citizenId: citizen.citizenId,
      value: req.body.value,
      now: deps.clock.now(),
    });
  });

  app.post(`${base}/shares`, { schema: createShareSchema }, async (req, reply) => {
    await enforceRateLimit(deps.rateLimiter, reply, SHARES_PER_CLIENT, clientBucket(req.ip));
    const share = await createShare(repo, {
      slug: req.params.slug,
      citizenId: req.citizen?.citizenId ?? null,
      now: deps.clock.now(),
    });
    return reply.status(201).send(share);
  });

  app.get(`${base}/comments`, { schema: listCommentsSchema }, async (req, reply) => {
    reply.header('cache-control', 'private, no-cache');
    return {
      items: await readerComments(repo, { slug: req.params.slug, citizenId: req.citizen?.citizenId ?? null }),
    };
  });

  app.post(`${base}/comments`, { schema: postCommentSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    await enforceRateLimit(deps.rateLimiter, reply, COMMENTS_PER_CITIZEN, String(citizen.citizenId));
    await enforceRateLimit(deps.rateLimiter, reply, COMMENTS_PER_CITIZEN_DAY, String(citizen.citizenId));
    const comment = await postComment(repo, {
      slug: req.params.slug,
      citizenId: citizen.citizenId,
      phone: citizen.phone,
      body: req.body.body,
      now: deps.clock.now(),
    });
    return reply.status(201).send(comment);
  });
};
