/** Thin handlers of reading and real-time events. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireCitizen, requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { EventStream, EventStreams, followRoomsOf } from './event-stream.js';
import { listHome, readFeed, readThread } from './read.js';
import { FeedRepository } from './repository.js';
import { citizenEventsSchema, feedSchema, homeSchema, staffEventsSchema, threadSchema } from './schema.js';

function parseId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('ACCOUNT_NOT_FOUND');
  return id;
}

export const feedRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = new FeedRepository(deps.database);
  const streams = new EventStreams();
  // Open streams would keep app.close() waiting for ever: end them first.
  app.addHook('preClose', async () => streams.closeAll());

  app.get('/api/accounts/:id/thread', { schema: threadSchema }, async (req) => {
    const cursor = req.query.cursor && /^\d{1,15}$/.test(req.query.cursor) ? Number(req.query.cursor) : null;
    return readThread(repo, {
      accountId: parseId(req.params.id),
      citizenId: req.citizen?.citizenId ?? null,
      beforeSeq: req.query.beforeSeq ?? cursor,
      limit: req.query.limit,
    });
  });

  app.get('/api/me/home', { schema: homeSchema }, async (req) =>
    listHome(repo, { citizenId: requireCitizen(req).citizenId }),
  );

  app.get('/api/me/feed', { schema: feedSchema }, async (req) =>
    readFeed(repo, {
      citizenId: requireCitizen(req).citizenId,
      cursor: req.query.cursor,
      limit: req.query.limit,
    }),
  );

  app.get('/api/events', { schema: citizenEventsSchema }, async (req, reply) => {
    const { citizenId } = requireCitizen(req);
    const accountIds = await repo.followedAccountIds(citizenId);
    const stream = EventStream.open(reply, deps.hub, followRoomsOf);
    streams.track(stream);
    stream.join(`citizen:${citizenId}`);
    for (const id of accountIds) stream.join(`account:${id}`);
  });

  app.get('/api/console/events', { schema: staffEventsSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const account = await repo.findAccount(parseId(req.query.accountId));
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, account, { read: true });
    const stream = EventStream.open(reply, deps.hub);
    streams.track(stream);
    stream.join(`staff-account:${account.id}`);
    stream.join(`account:${account.id}`);
  });
};
