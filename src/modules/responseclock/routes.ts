/** Thin handlers of messaging settings: authenticate → validate → authorise → one use case. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { MessagingSettingsRepository } from './repository.js';
import { getMessagingSettingsSchema, putMessagingSettingsSchema } from './schema.js';
import { getMessagingSettings, updateMessagingSettings } from './settings.js';

export const messagingSettingsRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = MessagingSettingsRepository.of(deps.database);
  const url = '/api/console/accounts/:accountId/messaging-settings';

  app.get(url, { schema: getMessagingSettingsSchema }, async (req) => {
    const staff = requireStaff(req);
    const account = await repo.findAccount(req.params.accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, account, { roles: ['admin', 'responder'] });
    return getMessagingSettings(repo, { accountId: account.id });
  });

  app.put(url, { schema: putMessagingSettingsSchema }, async (req) => {
    const staff = requireStaff(req);
    const account = await repo.findAccount(req.params.accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, account, { roles: ['admin'] });
    return updateMessagingSettings(repo, {
      accountId: account.id,
      settings: req.body,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
  });
};
