/** Thin handlers of reading and real-time events. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireCitizen, requireStaff } from '../../infra/auth/hooks.js';
import { authorizeAccount, canAccess, loadStaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { EventStream, EventStreams, followRoomsOf } from './event-stream.js';
import { listHome, markAccountRead, readFeed, readThread } from './read.js';
import { FeedRepository } from './repository.js';
import {
  citizenEventsSchema,
  feedSchema,
  homeSchema,
  markReadSchema,
  staffEventsSchema,
  threadSchema,
} from './schema.js';

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

  app.post('/api/accounts/:id/read', { schema: markReadSchema }, async (req, reply) => {
    const { citizenId } = requireCitizen(req);
    await markAccountRead(repo, { accountId: parseId(req.params.id), citizenId });
    return reply.status(204).send(null);
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
    const { token } = req.citizenSession!;
    const stream = EventStream.open(reply, deps.hub, followRoomsOf);
    streams.track(stream);
    stream.closeWhen(
      async () => !(await deps.sessions.find('citizen', token, deps.clock.now())),
      deps.streamSessionCheckMs,
    );
    stream.join(`citizen:${citizenId}`);
    for (const id of accountIds) stream.join(`account:${id}`);
  });

  app.get('/api/console/events', { schema: staffEventsSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    const account = await repo.findAccount(parseId(req.query.accountId));
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    authorizeAccount(staff, account, { read: true });
    const { token } = req.staffSession!;
    const stream = EventStream.open(reply, deps.hub);
    streams.track(stream);
    // Signed out, expired, disabled, or no longer allowed to read this account: the stream ends.
    stream.closeWhen(async () => {
      const session = await deps.sessions.find('staff', token, deps.clock.now());
      const principal = session ? await loadStaffPrincipal(deps.database, session.subjectId) : null;
      return !principal || !canAccess(principal, account, { read: true });
    }, deps.streamSessionCheckMs);
    stream.join(`staff-account:${account.id}`);
    stream.join(`account:${account.id}`);
    // Personal notifications (the bell) reach every console tab of this user, whatever account it shows.
    stream.join(`staff:${staff.userId}`);
  });
};
