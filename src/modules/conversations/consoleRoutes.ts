/**
 * Console routes of the inbox. Each handler: authenticate → (schema validated) → authorise on
 * the account holding the conversation (access.ts) → one use case → present.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { inboxAccount, staffConversation } from './access.js';
import { throwIfInvalid } from './bodyErrors.js';
import { InboxRepository } from './inboxRepository.js';
import { assignConversation, closeConversation, reopenConversation } from './manageConversation.js';
import { addNote } from './notes.js';
import { getConversationDetail, listConversationMessages, listInbox } from './readInbox.js';
import { markReadByStaff } from './readReceipts.js';
import { ConversationsRepository } from './repository.js';
import {
  addNoteSchema,
  assignSchema,
  closeSchema,
  getConversationSchema,
  listInboxSchema,
  listMessagesSchema,
  reopenSchema,
  STAFF_MESSAGE_KINDS,
  staffMessageSchema,
  staffReadSchema,
  transferSchema,
} from './schema.js';
import type { ConversationDeps } from './sendCitizenMessage.js';
import { sendStaffMessage, type StaffMessageInput } from './sendStaffMessage.js';
import { transferConversation } from './transferConversation.js';
import type { InboxFilter } from './inboxRepository.js';

export const consoleRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = ConversationsRepository.of(deps.database);
  const inbox = InboxRepository.of(deps.database);
  const conv: ConversationDeps = {
    database: deps.database,
    outbox: deps.outbox,
    commits: deps.commits,
    pseudonymKey: deps.secrets.pseudonymKey,
  };
  const base = '/api/console/conversations/:conversationId';

  /**
   * The signed-in staff member, authorised to work on the conversation, and what the use
   * cases re-check inside their transaction (`held`: the account the check passed for).
   */
  async function writer(req: FastifyRequest, conversationId: number) {
    const staff = requireStaff(req);
    const { conversation, account } = await staffConversation(repo, staff, conversationId, 'write');
    return { staff, account, held: { conversationId: conversation.id, accountId: account.id } };
  }

  app.get('/api/console/accounts/:accountId/conversations', { schema: listInboxSchema }, async (req) => {
    const staff = requireStaff(req);
    const account = await inboxAccount(repo, staff, req.params.accountId, 'read');
    return listInbox(inbox, {
      accountId: account.id,
      userId: staff.userId,
      filter: req.query.filter as InboxFilter,
      q: req.query.q,
      cursor: req.query.cursor,
      limit: req.query.limit,
      pseudonymKey: conv.pseudonymKey,
    });
  });

  app.get(base, { schema: getConversationSchema }, async (req) => {
    const staff = requireStaff(req);
    const { conversation } = await staffConversation(repo, staff, req.params.conversationId, 'read');
    return getConversationDetail(repo, { conversationId: conversation.id, pseudonymKey: conv.pseudonymKey });
  });

  app.get(`${base}/messages`, { schema: listMessagesSchema }, async (req) => {
    const staff = requireStaff(req);
    const { conversation } = await staffConversation(repo, staff, req.params.conversationId, 'read');
    return listConversationMessages(repo, {
      conversationId: conversation.id,
      before: req.query.before,
      limit: req.query.limit,
    });
  });

  app.post(`${base}/messages`, { schema: staffMessageSchema, attachValidation: true }, async (req) => {
    const { staff, held } = await writer(req, req.params.conversationId);
    throwIfInvalid(req, STAFF_MESSAGE_KINDS);
    return sendStaffMessage(conv, {
      ...held,
      staff: { userId: staff.userId, displayName: staff.displayName },
      input: req.body as StaffMessageInput,
      now: deps.clock.now(),
    });
  });

  app.post(`${base}/notes`, { schema: addNoteSchema }, async (req, reply) => {
    const { staff, held } = await writer(req, req.params.conversationId);
    const note = await addNote(repo, {
      ...held,
      authorId: staff.userId,
      text: req.body.text,
      now: deps.clock.now(),
    });
    return reply.status(201).send(note);
  });

  app.post(`${base}/assign`, { schema: assignSchema }, async (req) => {
    const { staff, held } = await writer(req, req.params.conversationId);
    return assignConversation(conv, {
      ...held,
      actor: staff,
      assigneeId: req.body.assigneeId,
      now: deps.clock.now(),
    });
  });

  app.post(`${base}/close`, { schema: closeSchema }, async (req) => {
    const { staff, account, held } = await writer(req, req.params.conversationId);
    return closeConversation(conv, {
      ...held,
      actor: staff,
      accountName: account.name,
      now: deps.clock.now(),
    });
  });

  app.post(`${base}/reopen`, { schema: reopenSchema }, async (req) => {
    const { staff, held } = await writer(req, req.params.conversationId);
    return reopenConversation(conv, {
      ...held,
      actor: staff,
      now: deps.clock.now(),
    });
  });

  app.post(`${base}/transfer`, { schema: transferSchema }, async (req) => {
    const { staff, held } = await writer(req, req.params.conversationId);
    return transferConversation(conv, {
      ...held,
      actor: staff,
      toAccountId: req.body.toAccountId,
      note: req.body.note,
      now: deps.clock.now(),
    });
  });

  app.post(`${base}/read`, { schema: staffReadSchema }, async (req, reply) => {
    const { held } = await writer(req, req.params.conversationId);
    await markReadByStaff(conv, {
      ...held,
      upToId: req.body.upToId,
      now: deps.clock.now(),
    });
    return reply.status(204).send(null);
  });
};
