/**
 * The public side of signed content: verification (by link, id or code, with an optional
 * copy to compare), the published keys (also at /.well-known/zhengwei-signing-keys.json), a
 * code's signed bundle for offline checks, and the short link /v/<code> printed under
 * articles, which opens the citizen app's verification page. Look-ups are rate-limited per
 * client address: codes are 50 random bits, but nobody should be able to sweep them.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../infra/errors.js';
import { clientBucket, enforceRateLimit, type RateLimitRule } from '../../infra/ratelimit/limiter.js';
import { normalizeCode } from './code.js';
import { parseLookup } from './lookup.js';
import { toPublishedKey, toVerification } from './presenters.js';
import { SigningRepository } from './repository.js';
import { bundleSchema, keysSchema, verifyGetSchema, verifyPostSchema } from './schema.js';
import { toBundle, verifyLookup, withPublisherStanding } from './verify.js';

export const VERIFY_LOOKUPS: RateLimitRule = { name: 'verify-ip', limit: 60, windowMs: 60_000 };

export const signingPublicRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = SigningRepository.of(deps.database);

  async function verify(req: FastifyRequest, reply: FastifyReply, q: string, copy?: string) {
    await enforceRateLimit(deps.rateLimiter, reply, VERIFY_LOOKUPS, clientBucket(req.ip));
    const v = await verifyLookup(repo, parseLookup(q), copy);
    const accountId = v.signature?.account_id ?? v.publication?.account_id;
    const account = accountId !== undefined ? ((await repo.accountCard(accountId)) ?? null) : null;
    reply.header('cache-control', 'no-store');
    return toVerification(withPublisherStanding(v, account), account);
  }

  app.get('/api/signing/verify', { schema: verifyGetSchema }, async (req, reply) =>
    verify(req, reply, req.query.q),
  );
  app.post('/api/signing/verify', { schema: verifyPostSchema }, async (req, reply) =>
    verify(req, reply, req.body.q, req.body.copy),
  );

  async function keyList() {
    return {
      format: 'zhengwei-signing-keys/1' as const,
      generatedAt: deps.clock.now(),
      keys: (await repo.publishedKeys()).map(toPublishedKey),
    };
  }
  app.get('/api/signing/keys', { schema: keysSchema }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=60');
    return keyList();
  });
  app.get(
    '/.well-known/zhengwei-signing-keys.json',
    { schema: { ...keysSchema, hide: true } },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
      return keyList();
    },
  );

  app.get('/api/signing/bundles/:code', { schema: bundleSchema }, async (req, reply) => {
    await enforceRateLimit(deps.rateLimiter, reply, VERIFY_LOOKUPS, clientBucket(req.ip));
    const code = normalizeCode(req.params.code);
    const sig = code ? await repo.latestByCode(code) : undefined;
    if (!sig) throw new AppError('NOT_FOUND');
    // A withdrawn publication's text is no longer handed out (its link verifies as withdrawn).
    if (sig.subject_kind === 'article') {
      const p = await repo.publicationById(sig.subject_id);
      if (!p || p.withdrawn_at !== null) throw new AppError('ARTICLE_WITHDRAWN');
    }
    reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="zhengwei-${sig.code}.json"`);
    return toBundle(sig);
  });

  app.get(
    '/v/:code',
    { schema: { hide: true, params: Type.Object({ code: Type.String({ maxLength: 64 }) }) } },
    async (req, reply) => {
      const code = normalizeCode(req.params.code) ?? req.params.code.replace(/[^A-Za-z0-9-]/g, '');
      return reply.redirect(`/verify/${encodeURIComponent(code)}`, 302);
    },
  );
};
