/**
 * Public case statistics (transparency): JSON and XLSX per account and per region, without
 * sign-in. Answers may be cached briefly by browsers and proxies (figures move slowly).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { clientBucket, enforceRateLimit, type RateLimitRule } from '../../infra/ratelimit/limiter.js';
import {
  accountStatsSchema,
  accountStatsXlsxSchema,
  regionStatsSchema,
  regionStatsXlsxSchema,
} from './schema.js';
import { accountScope, regionScope, type ResolvedScope } from './scope.js';
import { caseStats, type CaseStats } from './stats.js';
import { contentDisposition, statsWorkbook, XLSX_MIME } from './xlsx.js';

const CACHE = 'public, max-age=300';
/** A workbook costs some CPU to build; a person downloads a few, a scraper many. */
export const XLSX_PER_CLIENT: RateLimitRule = { name: 'case-stats-xlsx', limit: 30, windowMs: 600_000 };

/** Figures computed in the last minute are served again (a province's are a few 100 ms of reading). */
const MEMO_MS = 60_000;
const MEMO_MAX = 500;

export const caseStatsRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const memo = new Map<string, { at: number; stats: Promise<CaseStats> }>();
  function statsOf(scope: ResolvedScope, months: number, now: number): Promise<CaseStats> {
    const q = scope.query;
    const key = `${q.kind === 'account' ? `a${q.accountId}` : `r${q.prefix}`}:${months}`;
    const hit = memo.get(key);
    if (hit && now - hit.at < MEMO_MS && now >= hit.at) return hit.stats;
    const stats = caseStats(deps.database, q, months, now);
    stats.catch(() => {
      if (memo.get(key)?.stats === stats) memo.delete(key); // errors are not remembered
    });
    memo.delete(key);
    memo.set(key, { at: now, stats });
    if (memo.size > MEMO_MAX) memo.delete(memo.keys().next().value!);
    return stats;
  }

  async function body(scope: ResolvedScope, months: number) {
    const stats = await statsOf(scope, months, deps.clock.now());
    const now = stats.generatedAt;
    return {
      now,
      stats,
      json: {
        scope: { kind: scope.kind, handle: scope.handle, regionCode: scope.regionCode, name: scope.name },
        period: { months, from: stats.from, to: stats.to },
        months: stats.months,
        totals: stats.totals,
        generatedAt: now,
      },
    };
  }

  app.get('/api/case-stats/accounts/:handle', { schema: accountStatsSchema }, async (req, reply) => {
    const scope = await accountScope(deps.database, req.params.handle);
    reply.header('cache-control', CACHE);
    return (await body(scope, req.query.months)).json;
  });

  app.get('/api/case-stats/regions/:code', { schema: regionStatsSchema }, async (req, reply) => {
    const scope = await regionScope(deps.database, req.params.code);
    reply.header('cache-control', CACHE);
    return (await body(scope, req.query.months)).json;
  });

  async function xlsx(scope: ResolvedScope, months: number) {
    const { now, stats } = await body(scope, months);
    return { file: await statsWorkbook(scope, stats, now), disposition: contentDisposition(scope, stats) };
  }

  app.get('/api/case-stats/accounts/:handle.xlsx', { schema: accountStatsXlsxSchema }, async (req, reply) => {
    await enforceRateLimit(deps.rateLimiter, reply, XLSX_PER_CLIENT, clientBucket(req.ip));
    const out = await xlsx(await accountScope(deps.database, req.params.handle), req.query.months);
    return reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', out.disposition)
      .header('cache-control', CACHE)
      .send(out.file);
  });

  app.get('/api/case-stats/regions/:code.xlsx', { schema: regionStatsXlsxSchema }, async (req, reply) => {
    await enforceRateLimit(deps.rateLimiter, reply, XLSX_PER_CLIENT, clientBucket(req.ip));
    const out = await xlsx(await regionScope(deps.database, req.params.code), req.query.months);
    return reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', out.disposition)
      .header('cache-control', CACHE)
      .send(out.file);
  });
};
