/** Citizen routes of conversations: the thread, sending, media and read receipts. */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { requireCitizen } from '../../infra/auth/hooks.js';
import { AppError } from '../../infra/errors.js';
import { enforceRateLimit, type RateLimitRule } from '../../infra/ratelimit/limiter.js';
import { canUseInbox } from './access.js';
import { throwIfInvalid } from './bodyErrors.js';
import { CitizenMediaRepository, type CitizenMediaRow } from './mediaRepository.js';
import { CITIZEN_STORAGE_KEY, citizenMediaUrl } from './mediaTypes.js';
import { markReadByCitizen } from './readReceipts.js';
import { readCitizenThread } from './readInbox.js';
import { ConversationsRepository } from './repository.js';
import {
  CITIZEN_MESSAGE_KINDS,
  citizenReadSchema,
  messageMediaSchema,
  readThreadSchema,
  sendMessageSchema,
  uploadMessageMediaSchema,
} from './schema.js';
import { sendCitizenMessage, type CitizenMessageInput, type ConversationDeps } from './sendCitizenMessage.js';
import { citizenMediaRoot, uploadCitizenMedia } from './uploadCitizenMedia.js';
import { serveFile } from './serveFile.js';

/** A person types and taps; a script floods. Per account per minute, and overall per hour. */
export const MESSAGES_PER_MINUTE: RateLimitRule = { name: 'msg-min', limit: 20, windowMs: 60_000 };
export const MESSAGES_PER_HOUR: RateLimitRule = { name: 'msg-hour', limit: 200, windowMs: 3_600_000 };
export const UPLOADS_PER_HOUR: RateLimitRule = { name: 'msg-media', limit: 60, windowMs: 3_600_000 };

/** Route ids arrive as text; anything but a positive integer names no account. */
function parseAccountId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('ACCOUNT_NOT_FOUND');
  return id;
}

export const citizenRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = ConversationsRepository.of(deps.database);
  const conv: ConversationDeps = {
    database: deps.database,
    outbox: deps.outbox,
    commits: deps.commits,
    pseudonymKey: deps.secrets.pseudonymKey,
  };

  app.get('/api/accounts/:id/conversation', { schema: readThreadSchema }, async (req) => {
    const citizen = requireCitizen(req);
    return readCitizenThread(repo, {
      accountId: parseAccountId(req.params.id),
      citizenId: citizen.citizenId,
      before: req.query.before,
      limit: req.query.limit,
    });
  });

  app.post(
    '/api/accounts/:id/messages',
    { schema: sendMessageSchema, attachValidation: true },
    async (req, reply) => {
      const citizen = requireCitizen(req);
      throwIfInvalid(req, CITIZEN_MESSAGE_KINDS);
      const accountId = parseAccountId(req.params.id);
      return sendCitizenMessage(conv, {
        accountId,
        citizenId: citizen.citizenId,
        input: req.body as CitizenMessageInput,
        now: deps.clock.now(),
        limit: async () => {
          await enforceRateLimit(
            deps.rateLimiter,
            reply,
            MESSAGES_PER_MINUTE,
            `${citizen.citizenId}:${accountId}`,
          );
          await enforceRateLimit(deps.rateLimiter, reply, MESSAGES_PER_HOUR, String(citizen.citizenId));
        },
      });
    },
  );

  app.post('/api/accounts/:id/messages/media', { schema: uploadMessageMediaSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    const accountId = parseAccountId(req.params.id);
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    await enforceRateLimit(deps.rateLimiter, reply, UPLOADS_PER_HOUR, String(citizen.citizenId));
    const part = await req.file();
    if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { field: 'file' });
    const row = await uploadCitizenMedia(deps, {
      accountId,
      citizenId: citizen.citizenId,
      now: deps.clock.now(),
      file: part.file,
    });
    return reply
      .status(201)
      .send({ mediaId: row.id, url: citizenMediaUrl(row.id), mime: row.mime, size: row.size });
  });

  app.post('/api/accounts/:id/conversation/read', { schema: citizenReadSchema }, async (req, reply) => {
    const citizen = requireCitizen(req);
    await markReadByCitizen(conv, {
      accountId: parseAccountId(req.params.id),
      citizenId: citizen.citizenId,
      upToId: req.body.upToId,
      now: deps.clock.now(),
    });
    return reply.status(204).send(null);
  });

  const media = new CitizenMediaRepository(deps.database.k);

  /** The uploader, or staff who may read an inbox holding it; anyone else finds nothing. */
  async function mayFetch(req: FastifyRequest, row: CitizenMediaRow): Promise<boolean> {
    if (req.citizen?.citizenId === row.citizen_id) return true;
    const staff = req.staff;
    if (!staff) return false;
    const accounts = await media.accountsHolding(row);
    return accounts.some((a) => canUseInbox(staff, a, 'read'));
  }

  app.get(
    '/api/messages/media/:mediaId',
    { schema: messageMediaSchema },
    async (req, reply: FastifyReply) => {
      const row = await media.find(req.params.mediaId);
      if (!row || !CITIZEN_STORAGE_KEY.test(row.storage_key) || !(await mayFetch(req, row)))
        throw new AppError('MEDIA_NOT_FOUND');
      const file = path.join(citizenMediaRoot(deps.mediaDir), row.storage_key);
      if (!fs.existsSync(file)) throw new AppError('MEDIA_NOT_FOUND');
      // Private: a shared cache must never keep a citizen's photo or voice.
      reply.header('cache-control', 'private, max-age=86400');
      return serveFile(req, reply, file, row.mime);
    },
  );
};
