/**
 * Routes of fake-account reports. Citizens file and follow their own reports; everything
 * else — the grouped queue, the reports with their screenshots, decisions — is for platform
 * admins only (FORBIDDEN for any other staff, whatever their roles on accounts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireCitizen, requireStaff } from '../../infra/auth/hooks.js';
import { requirePlatformAdmin } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { enforceRateLimit, type RateLimitRule } from '../../infra/ratelimit/limiter.js';
import { decideReports } from './decide.js';
import { fileReport } from './fileReport.js';
import { listMyReports, markOutcomesSeen } from './myReports.js';
import { presentMyReport } from './presenters.js';
import { accountReports, listGroups } from './queue.js';
import { FakeReportsRepository } from './repository.js';
import {
  accountReportsSchema,
  decideSchema,
  fileReportSchema,
  groupsSchema,
  myReportsSchema,
  screenshotSchema,
  seenSchema,
  uploadScreenshotSchema,
} from './schema.js';
import { EVIDENCE_KEY, uploadScreenshot } from './uploadScreenshot.js';

/** A genuine reporter files a handful; a script or a grudge files many. */
export const REPORTS_PER_HOUR: RateLimitRule = { name: 'fake-report-hour', limit: 5, windowMs: 3_600_000 };
export const REPORTS_PER_DAY: RateLimitRule = { name: 'fake-report-day', limit: 20, windowMs: 86_400_000 };
export const SCREENSHOTS_PER_HOUR: RateLimitRule = {
  name: 'fake-report-shot',
  limit: 40,
  windowMs: 3_600_000,
};

export const fakeReportRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = FakeReportsRepository.of(deps.database);

  app.post('/api/fake-reports/screenshots', { schema: uploadScreenshotSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    await enforceRateLimit(deps.rateLimiter, reply, SCREENSHOTS_PER_HOUR, String(citizen.citizenId));
    const part = await req.file();
    if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { field: 'file' });
    const row = await uploadScreenshot(deps, {
      citizenId: citizen.citizenId,
      now: deps.clock.now(),
      file: part.file,
    });
    return reply.status(201).send({ id: row.id, width: row.width, height: row.height });
  });

  app.post('/api/fake-reports', { schema: fileReportSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    const key = String(citizen.citizenId);
    await enforceRateLimit(deps.rateLimiter, reply, REPORTS_PER_HOUR, key);
    await enforceRateLimit(deps.rateLimiter, reply, REPORTS_PER_DAY, key);
    const report = await fileReport(deps.database, {
      citizenId: citizen.citizenId,
      accountId: req.body.accountId,
      reason: req.body.reason,
      description: req.body.description,
      screenshotIds: req.body.screenshotIds,
      now: deps.clock.now(),
    });
    const account = await repo.findAccount(report.account_id);
    return reply.status(201).send(presentMyReport({ ...report, account_name: account?.name ?? '' }));
  });

  app.get('/api/me/fake-reports', { schema: myReportsSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    reply.header('cache-control', 'no-store');
    return listMyReports(deps.database, citizen.citizenId);
  });

  app.post('/api/me/fake-reports/seen', { schema: seenSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    await markOutcomesSeen(deps.database, citizen.citizenId, deps.clock.now());
    return reply.status(204).send(null);
  });

  app.get('/api/console/fake-reports', { schema: groupsSchema }, async (req) => {
    requirePlatformAdmin(requireStaff(req));
    return listGroups(deps.database, req.query);
  });

  app.get('/api/console/fake-reports/accounts/:accountId', { schema: accountReportsSchema }, async (req) => {
    requirePlatformAdmin(requireStaff(req));
    return accountReports(deps.database, req.params.accountId);
  });

  app.post(
    '/api/console/fake-reports/accounts/:accountId/decision',
    { schema: decideSchema },
    async (req) => {
      const staff = requireStaff(req);
      requirePlatformAdmin(staff);
      const result = await decideReports(deps.database, {
        accountId: req.params.accountId,
        action: req.body.action,
        reason: req.body.reason,
        actorId: staff.userId,
        now: deps.clock.now(),
      });
      void deps.outbox.kick();
      return result;
    },
  );

  app.get('/api/console/fake-reports/screenshots/:id', { schema: screenshotSchema }, async (req, reply) => {
    requirePlatformAdmin(requireStaff(req));
    const row = await repo.findScreenshot(req.params.id);
    // Unattached uploads are not evidence yet: nobody but their uploader's form has them.
    const key = row && row.report_id !== null ? (req.query.thumb ? row.thumb_key : row.storage_key) : null;
    if (!key || !EVIDENCE_KEY.test(key)) throw new AppError('NOT_FOUND');
    const obj = await deps.mediaStorage.get(key);
    if (!obj) throw new AppError('NOT_FOUND');
    return (
      reply
        .type(key.endsWith('.webp') ? 'image/webp' : row!.mime)
        // Evidence: never kept by a shared cache or left in a browser's disk cache.
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'")
        .header('content-length', obj.size)
        .send(obj.body)
    );
  });
};
