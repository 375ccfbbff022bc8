import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from './deps.js';
import { runHousekeeping } from './housekeeping.js';
import { ManualClock } from './infra/clock.js';
import { buildTestApp } from './test/app.js';
import { describeEachDatabase } from './test/databases.js';
import { buildCitizen } from './test/factories.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describeEachDatabase('housekeeping', (ctx) => {
  const clock = new ManualClock();
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await app.close();
  });

  it('deletes what has expired and keeps what is still live', async () => {
    const now = clock.now();
    const citizen = await buildCitizen(ctx.db);
    const k = ctx.db.k;
    await k
      .insertInto('sessions')
      .values([
        {
          id_hash: 'old',
          kind: 'citizen',
          subject_id: citizen.id,
          csrf_token: 'x',
          created_at: 0,
          expires_at: now - 1,
        },
        {
          id_hash: 'live',
          kind: 'citizen',
          subject_id: citizen.id,
          csrf_token: 'x',
          created_at: 0,
          expires_at: now + HOUR,
        },
      ])
      .execute();
    await k
      .insertInto('outbox')
      .values([
        { room: 'account:1', event: 'e', payload: '{}', created_at: 0, dispatched_at: now - 2 * DAY },
        { room: 'account:1', event: 'recent', payload: '{}', created_at: 0, dispatched_at: now - HOUR },
        { room: 'account:1', event: 'pending', payload: '{}', created_at: 0, dispatched_at: null },
      ])
      .execute();
    const otp = (phone: string, at: number) => ({
      phone,
      code_hash: 'h',
      expires_at: at + 5 * 60_000,
      attempts: 0,
      sent_at: at,
      window_start: at,
      window_sends: 1,
    });
    await k
      .insertInto('otp_codes')
      .values([otp('13800000001', now - 3 * DAY), otp('13800000002', now - 10 * 60_000)])
      .execute();

    await runHousekeeping(deps);

    expect((await k.selectFrom('sessions').select('id_hash').execute()).map((r) => r.id_hash)).toEqual([
      'live',
    ]);
    expect(
      (await k.selectFrom('outbox').select('event').orderBy('id').execute()).map((r) => r.event),
    ).toEqual(['recent', 'pending']);
    expect((await k.selectFrom('otp_codes').select('phone').execute()).map((r) => r.phone)).toEqual([
      '13800000002',
    ]);
  });
});
