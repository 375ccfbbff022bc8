/**
 * Console routes of sensitive-word screening. The platform dictionary lives at
 * /api/console/screening (platform admins only); an account's list at
 * /api/console/accounts/:accountId/screening (admins write; editors, reviewers and leaders
 * read). Each handler: authenticate → (schema validated) → authorise → one use case.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { PLATFORM_SCOPE } from '../../db/tables/screening.js';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import {
  authorizeAccount,
  requirePlatformAdmin,
  type Access,
  type StaffPrincipal,
} from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { screenContent } from './gate.js';
import { normalize } from './normalize.js';
import { SCREENING_CHECK_ROLES, SCREENING_READ_ROLES, SCREENING_WRITE_ROLES } from './policy.js';
import { ScreeningRepository } from './repository.js';
import { accountSchemas, checkSchema, platformSchemas } from './schema.js';
import { addWord, deleteWord, exportWords, importWords, toWordView, updateWord } from './words.js';

const READ: Access = { roles: SCREENING_READ_ROLES };
const WRITE: Access = { roles: SCREENING_WRITE_ROLES };
const CHECK: Access = { roles: SCREENING_CHECK_ROLES };

type Scoped = { accountId?: number };
const IMPORT_BODY_LIMIT = 12 * 1024 * 1024;

export const screeningRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = ScreeningRepository.of(deps.database);

  /** The list a request names, once the caller may use it that way. Unknown account → 404. */
  async function scopeOf(staff: StaffPrincipal, params: Scoped, access: Access): Promise<number> {
    if (params.accountId === undefined) {
      requirePlatformAdmin(staff);
      return PLATFORM_SCOPE;
    }
    const found = await repo.findAccount(params.accountId);
    if (!found) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, found, access);
    return found.id;
  }

  function sendExport(reply: FastifyReply, scope: number, format: 'text' | 'csv', body: string) {
    const name = `${scope === PLATFORM_SCOPE ? 'platform' : `account-${scope}`}-sensitive-words.${format === 'csv' ? 'csv' : 'txt'}`;
    return reply
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(format === 'csv' ? `\ufeff${body}` : body); // the BOM lets spreadsheet programs read UTF-8
  }

  for (const [base, schemas] of [
    ['/api/console/screening', platformSchemas],
    ['/api/console/accounts/:accountId/screening', accountSchemas],
  ] as const) {
    app.get(`${base}/words`, { schema: schemas.list }, async (req) => {
      const scope = await scopeOf(requireStaff(req), req.params as Scoped, READ);
      const limit = req.query.limit ?? 50;
      const q = req.query.q?.trim() || undefined;
      const [{ rows, total }, counts] = await Promise.all([
        repo.listWords(scope, {
          q,
          folded: q && normalize(q),
          level: req.query.level,
          offset: ((req.query.page ?? 1) - 1) * limit,
          limit,
        }),
        repo.countByLevel(scope),
      ]);
      return { items: rows.map(toWordView), total, counts };
    });

    app.post(`${base}/words`, { schema: schemas.create }, async (req, reply) => {
      const staff = requireStaff(req);
      const scope = await scopeOf(staff, req.params as Scoped, WRITE);
      const word = await addWord(repo, { scope, actorId: staff.userId, now: deps.clock.now() }, req.body);
      return reply.status(201).send(word);
    });

    app.patch(`${base}/words/:wordId`, { schema: schemas.update }, async (req) => {
      const staff = requireStaff(req);
      const scope = await scopeOf(staff, req.params as Scoped, WRITE);
      const { wordId } = req.params as { wordId: number };
      return updateWord(repo, { scope, actorId: staff.userId, now: deps.clock.now() }, wordId, req.body);
    });

    app.delete(`${base}/words/:wordId`, { schema: schemas.remove }, async (req, reply) => {
      const staff = requireStaff(req);
      const scope = await scopeOf(staff, req.params as Scoped, WRITE);
      const { wordId } = req.params as { wordId: number };
      await deleteWord(repo, { scope, actorId: staff.userId, now: deps.clock.now() }, wordId);
      return reply.status(204).send();
    });

    // A whole dictionary in one request: more than the 1 MB other requests may carry.
    app.post(`${base}/import`, { schema: schemas.import, bodyLimit: IMPORT_BODY_LIMIT }, async (req) => {
      const staff = requireStaff(req);
      const scope = await scopeOf(staff, req.params as Scoped, WRITE);
      return importWords(repo, { scope, actorId: staff.userId, now: deps.clock.now() }, req.body);
    });

    app.get(`${base}/export`, { schema: schemas.export }, async (req, reply) => {
      const scope = await scopeOf(requireStaff(req), req.params as Scoped, READ);
      const format = req.query.format ?? 'text';
      return sendExport(reply, scope, format, await exportWords(repo, scope, format));
    });
  }

  app.post('/api/console/accounts/:accountId/screening/check', { schema: checkSchema }, async (req) => {
    const scope = await scopeOf(requireStaff(req), req.params, CHECK);
    return { hits: await screenContent(deps.database, scope, req.body) };
  });
};
