/**
 * Routes of the verification workflow. Account side: any staff role reads the state (a
 * supervisor's read does not reach letters); only account admins upload letters, apply, edit
 * and withdraw. Review side: platform admins only. Public: an account's verification as
 * citizens see it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import {
  authorizeAccount,
  requirePlatformAdmin,
  STAFF_ROLES,
  type Access,
  type StaffPrincipal,
} from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { QR_CONTENT_TYPES } from '../follows/qrcode.js';
import { applyForVerification, editApplication, kindFor, withdrawApplication } from './apply.js';
import { guardHint } from './guardHint.js';
import { readableLetter, uploadLetter, LETTER_MAX_BYTES } from './letters.js';
import {
  presentApplication,
  presentApplications,
  toLetter,
  toVerification,
  verifyPath,
} from './presenters.js';
import { renderVerifyQr } from './qrcode.js';
import { VerificationRepository } from './repository.js';
import { approveApplication, rejectApplication, requestChanges } from './review.js';
import {
  applySchema,
  approveSchema,
  editApplicationSchema,
  letterFileSchema,
  publicVerificationSchema,
  rejectSchema,
  requestChangesSchema,
  reviewDetailSchema,
  reviewQueueSchema,
  uploadLetterSchema,
  verificationStateSchema,
  verifyQrSchema,
  withdrawApplicationSchema,
} from './schema.js';

const ANY_STAFF: Access = { roles: STAFF_ROLES };
const ADMIN: Access = { roles: ['admin'] };

export const verificationRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = VerificationRepository.of(deps.database);

  async function account(staff: StaffPrincipal, accountId: number, access: Access) {
    const found = await repo.findAccount(accountId);
    if (!found) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, found, access);
    return found;
  }

  const base = '/api/console/accounts/:accountId/verification';

  app.get(base, { schema: verificationStateSchema }, async (req) => {
    const acc = await account(requireStaff(req), req.params.accountId, ANY_STAFF);
    const rows = await repo.applicationsOf(acc.id);
    const history = await presentApplications(repo, rows);
    const open = history.find((a) => a.status === 'pending' || a.status === 'changes_requested') ?? null;
    return {
      account: { id: acc.id, handle: acc.handle, name: acc.name },
      verification: toVerification(acc, deps.clock.now()),
      nextKind: kindFor(acc),
      open,
      history,
      verifyUrl: `${req.protocol}://${req.host}${verifyPath(acc.handle)}`,
    };
  });

  app.post(`${base}/letters`, { schema: uploadLetterSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, ADMIN);
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    const part = await req.file({ limits: { fileSize: LETTER_MAX_BYTES + 1, files: 1 } });
    if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { field: 'file' });
    const row = await uploadLetter(deps, {
      accountId: acc.id,
      actorId: staff.userId,
      now: deps.clock.now(),
      file: part.file,
      fileName: part.filename,
    });
    return reply.status(201).send(toLetter(row));
  });

  app.get('/api/console/verification/letters/:letterId', { schema: letterFileSchema }, async (req, reply) => {
    const letter = await readableLetter(repo, requireStaff(req), req.params.letterId);
    const obj = await deps.mediaStorage.get(letter.storage_key);
    if (!obj) throw new AppError('NOT_FOUND');
    return (
      reply
        .type(letter.mime)
        .header('content-length', obj.size)
        // Names, seals and signatures: never kept by a shared cache, never run as a document.
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-security-policy',
          "default-src 'none'; object-src 'self'; plugin-types application/pdf",
        )
        .header(
          'content-disposition',
          `inline; filename="letter-${letter.id}.${letter.storage_key.split('.').pop()}"`,
        )
        .send(obj.body)
    );
  });

  app.post(base, { schema: applySchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, ADMIN);
    const row = await applyForVerification(repo, {
      accountId: acc.id,
      actorId: staff.userId,
      now: deps.clock.now(),
      input: req.body,
    });
    return reply.status(201).send(await presentApplication(repo, row));
  });

  app.put(`${base}/:applicationId`, { schema: editApplicationSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, ADMIN);
    const { note, ...input } = req.body;
    const row = await editApplication(repo, {
      accountId: acc.id,
      applicationId: req.params.applicationId,
      actorId: staff.userId,
      now: deps.clock.now(),
      input,
      note,
    });
    return presentApplication(repo, row);
  });

  app.post(`${base}/:applicationId/withdraw`, { schema: withdrawApplicationSchema }, async (req) => {
    const staff = requireStaff(req);
    const acc = await account(staff, req.params.accountId, ADMIN);
    const row = await withdrawApplication(repo, {
      accountId: acc.id,
      applicationId: req.params.applicationId,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
    return presentApplication(repo, row);
  });

  app.get(`${base}/qrcode`, { schema: verifyQrSchema }, async (req, reply) => {
    const acc = await account(requireStaff(req), req.params.accountId, ANY_STAFF);
    const { format } = req.query;
    const image = await renderVerifyQr(`${req.protocol}://${req.host}${verifyPath(acc.handle)}`, format);
    reply
      .type(QR_CONTENT_TYPES[format])
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'")
      .header('cache-control', 'private, max-age=3600');
    if (req.query.download === 1)
      reply.header('content-disposition', `attachment; filename="verify-${acc.handle}.${format}"`);
    return reply.send(image);
  });

  // ---- platform review ----

  const review = '/api/console/verification-review';

  app.get(review, { schema: reviewQueueSchema }, async (req) => {
    requirePlatformAdmin(requireStaff(req));
    const rows = await repo.queue({ status: req.query.status, limit: req.query.limit });
    return {
      items: rows.map((r) => ({
        id: r.id,
        accountId: r.account_id,
        handle: r.handle,
        accountName: r.account_name,
        accountVerified: r.verified === 1,
        kind: r.kind,
        status: r.status,
        requestedName: r.requested_name,
        creditCode: r.credit_code,
        submittedAt: r.submitted_at,
        decidedAt: r.decided_at,
      })),
    };
  });

  app.get(`${review}/:applicationId`, { schema: reviewDetailSchema }, async (req) => {
    requirePlatformAdmin(requireStaff(req));
    const row = await repo.findApplication(req.params.applicationId);
    if (!row) throw new AppError('VERIFICATION_NOT_FOUND');
    const acc = (await repo.findAccount(row.account_id))!;
    return {
      application: await presentApplication(repo, row),
      account: {
        id: acc.id,
        handle: acc.handle,
        name: acc.name,
        regionCode: acc.region_code,
        status: acc.status,
      },
      verification: toVerification(acc, deps.clock.now()),
      guard: await guardHint(deps.database, row.requested_name, acc.id),
    };
  });

  const decision = (req: { params: { applicationId: number } }, reviewerId: number) => ({
    applicationId: req.params.applicationId,
    reviewerId,
    now: deps.clock.now(),
  });

  app.post(`${review}/:applicationId/request-changes`, { schema: requestChangesSchema }, async (req) => {
    const staff = requireStaff(req);
    requirePlatformAdmin(staff);
    const row = await requestChanges(repo, { ...decision(req, staff.userId), reason: req.body.reason });
    return presentApplication(repo, row);
  });

  app.post(`${review}/:applicationId/reject`, { schema: rejectSchema }, async (req) => {
    const staff = requireStaff(req);
    requirePlatformAdmin(staff);
    const row = await rejectApplication(repo, { ...decision(req, staff.userId), reason: req.body.reason });
    return presentApplication(repo, row);
  });

  app.post(`${review}/:applicationId/approve`, { schema: approveSchema }, async (req) => {
    const staff = requireStaff(req);
    requirePlatformAdmin(staff);
    const row = await approveApplication(repo, { ...decision(req, staff.userId), comment: req.body.comment });
    return presentApplication(repo, row);
  });

  // ---- public ----

  app.get('/api/accounts/:handle/verification', { schema: publicVerificationSchema }, async (req, reply) => {
    const acc = await repo.findAccountByHandle(req.params.handle);
    if (!acc) throw new AppError('ACCOUNT_NOT_FOUND');
    reply.header('cache-control', 'public, max-age=60');
    const v = toVerification(acc, deps.clock.now());
    return { handle: acc.handle, name: acc.name, status: acc.status, ...v };
  });
};
