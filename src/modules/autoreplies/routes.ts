/**
 * Console routes of automatic replies. Each handler: authenticate → (schema validated) →
 * authorise on the account → one use case → present.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { authorizeAccount, type Access, type StaffPrincipal } from '../../infra/auth/principal.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { AppError } from '../../infra/errors.js';
import { deleteRule } from './deleteRule.js';
import { AutoReplyEngine } from './engine.js';
import { foldText } from './fold.js';
import { AUTOREPLY_READ_ROLES, AUTOREPLY_WRITE_ROLES } from './policy.js';
import { toRuleViews } from './presenters.js';
import { AutoRepliesRepository } from './repository.js';
import { createRule, present, updateRule } from './saveRule.js';
import {
  createRuleSchema,
  deleteRuleSchema,
  getReplySetSchema,
  getRuleSchema,
  listRulesSchema,
  putReplySetSchema,
  tryReplySchema,
  updateRuleSchema,
} from './schema.js';
import { getReplySet, setReplySet, type ReplySetName } from './setReplySet.js';

const READ: Access = { roles: AUTOREPLY_READ_ROLES };
const WRITE: Access = { roles: AUTOREPLY_WRITE_ROLES };

export const autoReplyRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = AutoRepliesRepository.of(deps.database);
  const engine = AutoReplyEngine.of(deps.database);

  /** Unknown account → 404; known account without the needed role → 403. */
  async function account(staff: StaffPrincipal, accountId: number, access: Access): Promise<number> {
    const found = await repo.findAccount(accountId);
    if (!found) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, found, access);
    return found.id;
  }

  const base = '/api/console/accounts/:accountId/autoreplies';

  app.get(`${base}/rules`, { schema: listRulesSchema }, async (req) => {
    const accountId = await account(requireStaff(req), req.params.accountId, READ);
    const limit = req.query.limit ?? 20;
    const q = req.query.q?.trim() || undefined;
    const { rows, total } = await repo.listRules(accountId, {
      q,
      folded: q && foldText(q),
      offset: ((req.query.page ?? 1) - 1) * limit,
      limit,
    });
    return { items: await toRuleViews(repo, accountId, rows), total };
  });

  app.post(`${base}/rules`, { schema: createRuleSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const accountId = await account(staff, req.params.accountId, WRITE);
    const rule = await createRule(repo, {
      accountId,
      input: req.body,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
    return reply.status(201).send(rule);
  });

  app.get(`${base}/rules/:ruleId`, { schema: getRuleSchema }, async (req) => {
    const accountId = await account(requireStaff(req), req.params.accountId, READ);
    return present(repo, accountId, req.params.ruleId);
  });

  app.put(`${base}/rules/:ruleId`, { schema: updateRuleSchema }, async (req) => {
    const staff = requireStaff(req);
    const accountId = await account(staff, req.params.accountId, WRITE);
    return updateRule(repo, {
      accountId,
      ruleId: req.params.ruleId,
      input: req.body,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
  });

  app.delete(`${base}/rules/:ruleId`, { schema: deleteRuleSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const accountId = await account(staff, req.params.accountId, WRITE);
    await deleteRule(repo, {
      accountId,
      ruleId: req.params.ruleId,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
    return reply.status(204).send();
  });

  const sets: Array<[ReplySetName, string]> = [
    ['greeting', 'on-follow greeting 被关注回复'],
    ['default', 'default reply when no rule matches 收到消息回复'],
  ];
  for (const [which, what] of sets) {
    app.get(`${base}/${which}`, { schema: getReplySetSchema(what) }, async (req) => {
      const accountId = await account(requireStaff(req), req.params.accountId, READ);
      return getReplySet(repo, { accountId, which });
    });
    app.put(`${base}/${which}`, { schema: putReplySetSchema(what) }, async (req) => {
      const staff = requireStaff(req);
      const accountId = await account(staff, req.params.accountId, WRITE);
      return setReplySet(repo, {
        accountId,
        which,
        input: req.body,
        actorId: staff.userId,
        now: deps.clock.now(),
      });
    });
  }

  app.post(`${base}/try`, { schema: tryReplySchema }, async (req) => {
    const accountId = await account(requireStaff(req), req.params.accountId, READ);
    return engine.explain(accountId, req.body);
  });
};
