/**
 * Console routes of casework: a department's boxes, a case, its files, and what the handling
 * (or assisting) department does. Handlers: authenticate → use case (access checks inside, in
 * the action's transaction) → present the case as it is now.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import type { CaseStatus } from '../../db/tables/cases.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { canAccess, type StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { enforceRateLimit, type RateLimitRule } from '../../infra/ratelimit/limiter.js';
import { CASE_ACTORS, loadCaseView, loadReadableAccount } from './access.js';
import {
  acceptCase,
  addNote,
  answerCase,
  closeCase,
  makeStatement,
  reportProgress,
  type ActProps,
} from './actions.js';
import { presentStaffCase, presentSummaries } from './presenters.js';
import { CaseworkRepository, type CaseBox } from './repository.js';
import {
  acceptSchema,
  answerSchema,
  assistMessageSchema,
  assistSchema,
  caseAttachmentSchema,
  caseTargetsSchema,
  closeAssistSchema,
  closeSchema,
  getCaseSchema,
  listCasesSchema,
  noteSchema,
  progressSchema,
  statementSchema,
  transferSchema,
  uploadAttachmentSchema,
} from './schema.js';
import { closeAssist, postAssistMessage, requestAssist, transferCase } from './transfer.js';
import { CASE_KEY, uploadStaffAttachment } from './upload.js';

export const STAFF_UPLOADS_PER_HOUR: RateLimitRule = {
  name: 'case-staff-upload',
  limit: 120,
  windowMs: 3_600_000,
};

const STATUSES: CaseStatus[] = ['received', 'accepted', 'in_progress', 'answered', 'closed'];

export const caseworkRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = CaseworkRepository.of(deps.database);
  const base = '/api/console/accounts/:accountId/cases';

  async function present(staff: StaffPrincipal, accountId: number, caseId: number) {
    const view = await loadCaseView(repo, staff, accountId, caseId);
    return presentStaffCase(repo, view, deps.clock.now());
  }

  function act(req: FastifyRequest & { params: { accountId: number; caseId: number } }): ActProps {
    return {
      principal: requireStaff(req),
      accountId: req.params.accountId,
      caseId: req.params.caseId,
      now: deps.clock.now(),
    };
  }

  /** After an action: dispatch its notifications, answer with the case as it is now. */
  async function after(props: ActProps) {
    void deps.outbox.kick();
    return present(props.principal, props.accountId, props.caseId);
  }

  app.get(base, { schema: listCasesSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const account = await loadReadableAccount(repo, staff, req.params.accountId);
    const box: CaseBox = req.query.box ?? 'handling';
    const limit = req.query.limit ?? 30;
    const now = deps.clock.now();
    // Supervisors (no role of their own) read the cases the account handles, not its other boxes.
    const member = staff.isPlatformAdmin || (staff.roles.get(account.id)?.size ?? 0) > 0;
    const rows =
      member || box === 'handling'
        ? await repo.listBox(account.id, box, {
            status: req.query.status,
            cursor: req.query.cursor,
            limit: limit + 1,
          })
        : [];
    const page = rows.slice(0, limit);
    const raw = await repo.boxCounts(account.id);
    const open = (role: string) =>
      raw.filter((r) => r.role === role && r.status !== 'closed').reduce((n, r) => n + r.n, 0);
    const boxRole = box === 'transferred' ? 'transferred_away' : box;
    const statuses = Object.fromEntries(
      STATUSES.map((s) => [s, raw.find((r) => r.role === boxRole && r.status === s)?.n ?? 0]),
    ) as Record<CaseStatus, number>;
    reply.header('cache-control', 'no-store');
    return {
      items: await presentSummaries(repo, page),
      nextCursor: rows.length > limit ? page[page.length - 1]!.id : null,
      counts: {
        handling: open('handling'),
        assisting: member ? open('assisting') : 0,
        transferred: member ? open('transferred_away') : 0,
        overdue: await repo.overdueCount(account.id, now),
        statuses,
      },
      serverNow: now,
    };
  });

  app.get(`${base}/:caseId`, { schema: getCaseSchema }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return present(requireStaff(req), req.params.accountId, req.params.caseId);
  });

  app.get(`${base}/:caseId/attachments/:id`, { schema: caseAttachmentSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const view = await loadCaseView(repo, staff, req.params.accountId, req.params.caseId);
    const shown = (await presentStaffCase(repo, view, deps.clock.now())).attachments.some(
      (a) => a.id === req.params.id,
    );
    const row = shown ? await repo.findAttachment(view.row.id, req.params.id) : undefined;
    const key = row ? (req.query.thumb ? row.thumb_key : row.storage_key) : null;
    if (!row || !key || !CASE_KEY.test(key)) throw new AppError('NOT_FOUND');
    const obj = await deps.mediaStorage.get(key);
    if (!obj) throw new AppError('NOT_FOUND');
    const mime = key.endsWith('.webp') && req.query.thumb ? 'image/webp' : row.mime;
    return reply
      .type(mime)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'")
      .header(
        'content-disposition',
        `${mime === 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(row.name)}`,
      )
      .header('content-length', obj.size)
      .send(obj.body);
  });

  app.post(
    '/api/console/accounts/:accountId/case-attachments',
    { schema: uploadAttachmentSchema },
    async (req, reply) => {
      const staff = requireStaff(req);
      const account = await loadReadableAccount(repo, staff, req.params.accountId);
      if (!canAccess(staff, account, { roles: CASE_ACTORS })) throw new AppError('FORBIDDEN');
      if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      await enforceRateLimit(deps.rateLimiter, reply, STAFF_UPLOADS_PER_HOUR, String(staff.userId));
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { field: 'file' });
      const row = await uploadStaffAttachment(deps, {
        staffUserId: staff.userId,
        now: deps.clock.now(),
        filename: part.filename,
        file: part.file,
      });
      return reply.status(201).send({
        id: row.id,
        name: row.name,
        mime: row.mime,
        size: row.size,
        width: row.width,
        height: row.height,
      });
    },
  );

  app.post(`${base}/:caseId/accept`, { schema: acceptSchema }, async (req) => {
    const props = act(req);
    await acceptCase(deps.database, props);
    return after(props);
  });

  app.post(`${base}/:caseId/progress`, { schema: progressSchema }, async (req) => {
    const props = act(req);
    await reportProgress(deps.database, { ...props, note: req.body?.note ?? '' });
    return after(props);
  });

  app.post(`${base}/:caseId/answer`, { schema: answerSchema }, async (req) => {
    const props = act(req);
    await answerCase(deps.database, {
      ...props,
      body: req.body.body,
      attachmentIds: req.body.attachmentIds ?? [],
    });
    return after(props);
  });

  app.post(`${base}/:caseId/close`, { schema: closeSchema }, async (req) => {
    const props = act(req);
    await closeCase(deps.database, props);
    return after(props);
  });

  app.post(`${base}/:caseId/statement`, { schema: statementSchema }, async (req) => {
    const props = act(req);
    await makeStatement(deps.database, { ...props, body: req.body.body });
    return after(props);
  });

  app.post(`${base}/:caseId/notes`, { schema: noteSchema }, async (req) => {
    const props = act(req);
    await addNote(deps.database, { ...props, body: req.body.body });
    return after(props);
  });

  app.post(`${base}/:caseId/transfer`, { schema: transferSchema }, async (req) => {
    const props = act(req);
    await transferCase(deps.database, {
      ...props,
      toAccountId: req.body.toAccountId,
      reason: req.body.reason,
    });
    // The old department now reads the case as 'transferred_away'.
    return after(props);
  });

  app.post(`${base}/:caseId/assists`, { schema: assistSchema }, async (req) => {
    const props = act(req);
    await requestAssist(deps.database, {
      ...props,
      toAccountId: req.body.toAccountId,
      request: req.body.request,
    });
    return after(props);
  });

  app.post(`${base}/:caseId/assists/:assistId/messages`, { schema: assistMessageSchema }, async (req) => {
    const props = act(req);
    await postAssistMessage(deps.database, { ...props, assistId: req.params.assistId, body: req.body.body });
    return after(props);
  });

  app.post(`${base}/:caseId/assists/:assistId/close`, { schema: closeAssistSchema }, async (req) => {
    const props = act(req);
    await closeAssist(deps.database, { ...props, assistId: req.params.assistId });
    return after(props);
  });

  app.get('/api/console/case-targets', { schema: caseTargetsSchema }, async (req) => {
    const staff = requireStaff(req);
    // Anyone who acts on some account's cases may look for a department to hand one to.
    const acts =
      staff.isPlatformAdmin || [...staff.roles.values()].some((set) => CASE_ACTORS.some((r) => set.has(r)));
    if (!acts) throw new AppError('FORBIDDEN');
    const rows = await repo.searchAccounts((req.query.q ?? '').trim(), req.query.limit ?? 20);
    return {
      items: rows.map((a) => ({ id: a.id, handle: a.handle, name: a.name, regionCode: a.region_code })),
    };
  });
};
