/**
 * Scale-out: the process holding a citizen's event stream is not the one that publishes.
 * Two apps ("processes") share one database, each with its own RedisHub; a publication made
 * through one reaches the stream held by the other. Needs Redis at 127.0.0.1:6379: skipped
 * with the reason printed when unreachable, except on CI, where it must run.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { RedisHub } from '../../infra/realtime/redis-hub.js';
import { buildTestApp } from '../../test/app.js';
import { openTestDatabase, testDialects } from '../../test/databases.js';
import type { Database } from '../../db/database.js';
import { buildAccount, buildCitizen, buildStaff, sessionHeaders } from '../../test/factories.js';
import { openSse } from './sse-client.js';
import { publishNow } from './testing.js';
import { skipWithoutRedis, TEST_REDIS_URL } from '../../test/redis.js';

const REDIS_URL = TEST_REDIS_URL;
const unreachable = await skipWithoutRedis('cross-process real-time tests');

// The scale-out profile is PostgreSQL + Redis; SQLite + Redis runs too (one file, two processes).
for (const dialect of testDialects())
  describe.skipIf(!!unreachable)(`real-time across processes (Redis) [${dialect}]`, () => {
    let db: Database;
    let streamer: { app: FastifyInstance; deps: AppDeps };
    let publisher: { app: FastifyInstance; deps: AppDeps };
    let base: string;

    beforeAll(async () => {
      db = await openTestDatabase(dialect);
      const hubs = [new RedisHub(REDIS_URL), new RedisHub(REDIS_URL)];
      await Promise.all(hubs.map((h) => h.ready()));
      streamer = await buildTestApp(db, { hub: hubs[0] });
      publisher = await buildTestApp(db, { hub: hubs[1] });
      await streamer.app.listen({ port: 0, host: '127.0.0.1' });
      const address = streamer.app.server.address();
      base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(async () => {
      const closing = streamer?.app.close();
      streamer?.app.server.closeAllConnections();
      await closing;
      await publisher?.app.close();
      await streamer?.deps.hub.close();
      await publisher?.deps.hub.close();
      await db?.close();
    });

    it('delivers an event published by one hub to a subscriber of another', async () => {
      const room = `account:${900_000_000 + Math.floor(Math.random() * 1e6)}` as const;
      const received = new Promise((resolve) => streamer.deps.hub.subscribe([room], resolve));
      await (streamer.deps.hub as RedisHub).ready(); // the SUBSCRIBE went out before this PING
      const envelope = { event: 'account.followers', data: { accountId: 1, followerCount: 3 } } as const;
      await publisher.deps.hub.publish(room, envelope);
      expect(await received).toEqual(envelope);
    });

    it("streams a publication made in another process to the citizen's SSE stream", async () => {
      const account = await buildAccount(db);
      const editor = await buildStaff(db, { roles: [[account.id, 'editor']] });
      const citizen = await buildCitizen(db);
      const headers = { ...(await sessionHeaders(streamer.deps.sessions, 'citizen', citizen.id)) };
      await streamer.app.inject({
        method: 'POST',
        url: `/api/accounts/${account.id}/follow`,
        headers,
        payload: {},
      });
      const stream = await openSse(`${base}/api/events`, { cookie: headers.cookie });
      try {
        // Drain the follow.changed of the follow above if it arrives, then wait for subscriptions.
        await (streamer.deps.hub as RedisHub).ready();
        const card = await publishNow(db, publisher.deps, account.id, editor.id, '跨进程推送');
        let message = await stream.next();
        if (message.event === 'follow.changed') message = await stream.next();
        expect(message).toEqual({ event: 'publication.created', data: card });
      } finally {
        stream.close();
      }
    });
  });
