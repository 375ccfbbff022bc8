/**
 * The world of the messages benchmark: one account with the Henan Department of Education's
 * numbered replies, a few keyword rules, a greeting and a default reply, and `citizens`
 * followers each holding a signed-in session. Seeding is not measured.
 */
import type { AppDeps } from '../src/deps.js';
import { COOKIE } from '../src/infra/auth/sessions.js';
import { openidFor } from '../src/modules/follows/openid.js';
import { FollowsRepository } from '../src/modules/follows/repository.js';
import { buildAccount } from '../src/test/factories.js';
import { seedBenchRules } from './messages-rules.js';

export async function seedMessagesWorld(
  deps: AppDeps,
  citizens: number,
): Promise<{ accountId: number; citizens: Array<{ cookie: string; csrf: string }>; sqliteFile: string }> {
  const now = deps.clock.now();
  const account = await buildAccount(deps.database, { name: '河南省教育厅（压测）' });
  await seedBenchRules(deps, account.id);

  const ids: number[] = [];
  for (let i = 0; i < citizens; i += 500) {
    const rows = Array.from({ length: Math.min(500, citizens - i) }, (_, j) => ({
      phone: `139${String(i + j).padStart(8, '0')}`,
      created_at: now,
    }));
    const inserted = await deps.database.k.insertInto('citizens').values(rows).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  await new FollowsRepository(deps.database).insertFollows(
    ids.map((citizenId) => ({
      accountId: account.id,
      citizenId,
      openid: openidFor(deps.secrets.pseudonymKey, account.id, citizenId),
      followedAt: now,
    })),
  );
  const sessions = [];
  for (const id of ids) {
    const s = await deps.sessions.create('citizen', id, now);
    sessions.push({ cookie: `${COOKIE.citizen}=${s.token}`, csrf: s.csrfToken });
  }
  return {
    accountId: account.id,
    citizens: sessions,
    sqliteFile: `${deps.config.dataDir}/zhengwei.sqlite`,
  };
}
