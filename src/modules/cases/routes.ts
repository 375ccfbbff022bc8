/**
 * Routes of filing cases and the citizen's side. The taxonomy is public; everything else
 * needs a signed-in citizen and shows only the citizen's own cases (CASE_NOT_FOUND for any
 * other, existing or not).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireCitizen } from '../../infra/auth/hooks.js';
import { AppError } from '../../infra/errors.js';
import { enforceRateLimit, type RateLimitRule } from '../../infra/ratelimit/limiter.js';
import {
  findMyCase,
  listMyCases,
  presentMyCase,
  rateCase,
  reopenCase,
  visibleAttachment,
} from './citizen.js';
import { fileCase } from './file.js';
import { CasesRepository } from './repository.js';
import {
  categoriesSchema,
  fileCaseSchema,
  myAttachmentSchema,
  myCaseSchema,
  myCasesSchema,
  rateSchema,
  reopenSchema,
  uploadAttachmentSchema,
} from './schema.js';
import { CASE_KEY, uploadCaseAttachment } from './uploadAttachment.js';

/** A citizen with a real matter files a few a day; a script or a grudge files many. */
export const CASES_PER_HOUR: RateLimitRule = { name: 'case-file-hour', limit: 5, windowMs: 3_600_000 };
export const CASES_PER_DAY: RateLimitRule = { name: 'case-file-day', limit: 20, windowMs: 86_400_000 };
export const CASE_UPLOADS_PER_HOUR: RateLimitRule = { name: 'case-upload', limit: 60, windowMs: 3_600_000 };

export const caseRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = CasesRepository.of(deps.database);

  app.get('/api/case-categories', { schema: categoriesSchema }, async () => {
    const rows = await repo.activeCategories();
    return {
      items: rows.map((c) => ({
        id: c.id,
        code: c.code,
        parentId: c.parent_id,
        name: { zh: c.name_zh, en: c.name_en },
        description: { zh: c.description_zh, en: c.description_en },
        major: c.major === 1,
        dueHours: c.due_hours,
        statementHours: c.statement_hours,
        timeBasis: c.time_basis,
      })),
    };
  });

  app.post('/api/cases/attachments', { schema: uploadAttachmentSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    await enforceRateLimit(deps.rateLimiter, reply, CASE_UPLOADS_PER_HOUR, String(citizen.citizenId));
    const part = await req.file();
    if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { field: 'file' });
    const row = await uploadCaseAttachment(deps, {
      citizenId: citizen.citizenId,
      staffUserId: null,
      now: deps.clock.now(),
      file: part.file,
      fileName: part.filename,
    });
    return reply.status(201).send({
      id: row.id,
      name: row.name,
      mime: row.mime,
      size: row.size,
      width: row.width,
      height: row.height,
    });
  });

  app.post('/api/cases', { schema: fileCaseSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    const key = String(citizen.citizenId);
    await enforceRateLimit(deps.rateLimiter, reply, CASES_PER_HOUR, key);
    await enforceRateLimit(deps.rateLimiter, reply, CASES_PER_DAY, key);
    const now = deps.clock.now();
    const row = await fileCase(deps.database, {
      ...req.body,
      citizenId: citizen.citizenId,
      source: 'app',
      now,
    });
    void deps.outbox.kick();
    return reply.status(201).send(await presentMyCase(repo, row, now));
  });

  app.get('/api/me/cases', { schema: myCasesSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    reply.header('cache-control', 'no-store');
    return listMyCases(deps.database, citizen.citizenId, req.query.cursor, deps.clock.now());
  });

  app.get('/api/me/cases/:trackingNo', { schema: myCaseSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    reply.header('cache-control', 'no-store');
    const row = await findMyCase(repo, citizen.citizenId, req.params.trackingNo);
    return presentMyCase(repo, row, deps.clock.now());
  });

  app.get('/api/me/cases/:trackingNo/attachments/:id', { schema: myAttachmentSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    const c = await findMyCase(repo, citizen.citizenId, req.params.trackingNo);
    const row = await visibleAttachment(repo, c, req.params.id);
    const key = row ? (req.query.thumb ? row.thumb_key : row.storage_key) : null;
    if (!key || !CASE_KEY.test(key)) throw new AppError('NOT_FOUND');
    const obj = await deps.mediaStorage.get(key);
    if (!obj) throw new AppError('NOT_FOUND');
    const isPdf = row!.mime === 'application/pdf' && !req.query.thumb;
    return reply
      .type(key.endsWith('.webp') ? 'image/webp' : row!.mime)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'")
      .header(
        'content-disposition',
        `${isPdf ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(row!.name)}`,
      )
      .header('content-length', obj.size)
      .send(obj.body);
  });

  app.post('/api/me/cases/:trackingNo/rating', { schema: rateSchema }, async (req) => {
    const citizen = requireCitizen(req);
    const now = deps.clock.now();
    const row = await rateCase(deps.database, {
      citizenId: citizen.citizenId,
      trackingNo: req.params.trackingNo,
      score: req.body.score,
      comment: req.body.comment,
      now,
    });
    return presentMyCase(repo, row, now);
  });

  app.post('/api/me/cases/:trackingNo/reopen', { schema: reopenSchema }, async (req) => {
    const citizen = requireCitizen(req);
    const now = deps.clock.now();
    const row = await reopenCase(deps.database, {
      citizenId: citizen.citizenId,
      trackingNo: req.params.trackingNo,
      reason: req.body.reason,
      now,
    });
    void deps.outbox.kick();
    return presentMyCase(repo, row, now);
  });
};
