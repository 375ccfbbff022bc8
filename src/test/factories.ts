/**
 * Per-test builders (ENGINEERING.md, shape 13): each makes one row with sensible defaults
 * that a test overrides where the rule it states depends on a value. No shared fixture world.
 */
import type { Database } from '../db/database.js';
import type { AccountsTable, StaffRole } from '../db/schema.js';
import type { Insertable } from 'kysely';
import { hashPassword } from '../infra/auth/password.js';
import type { SessionStore } from '../infra/auth/sessions.js';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}`;

export async function ensureRegion(db: Database, code = '410000', name = '河南省'): Promise<void> {
  const level = code.endsWith('0000') ? 1 : code.endsWith('00') ? 2 : 3;
  const parent = level === 1 ? null : level === 2 ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
  await db.k
    .insertInto('regions')
    .values({ code, name, parent_code: parent, level })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export async function buildAccount(
  db: Database,
  overrides: Partial<Insertable<AccountsTable>> = {},
): Promise<{ id: number; handle: string; name: string; region_code: string }> {
  const n = next();
  const region = overrides.region_code ?? '410000';
  await ensureRegion(db, region, region === '410000' ? '河南省' : `地区${region}`);
  const now = Date.now();
  const row = await db.k
    .insertInto('accounts')
    .values({
      handle: `acct-${n}`,
      name: `测试公众号${n}`,
      level: 'provincial',
      department_type: 'education',
      region_code: region,
      owning_unit: '测试单位',
      contact: '0371-00000000',
      avatar_url: null,
      introduction: '测试用公众号',
      created_at: now,
      updated_at: now,
      ...overrides,
    })
    .returning(['id', 'handle', 'name', 'region_code'])
    .executeTakeFirstOrThrow();
  return row;
}

export const TEST_PASSWORD = 'Passw0rd-test';
let cachedHash: Promise<string> | null = null;

export async function buildStaff(
  db: Database,
  opts: {
    roles?: Array<[accountId: number, role: StaffRole]>;
    isPlatformAdmin?: boolean;
    supervisorRegion?: string | null;
    username?: string;
    password?: string;
  } = {},
): Promise<{ id: number; username: string; password: string }> {
  const username = opts.username ?? `staff_${next()}`;
  const password = opts.password ?? TEST_PASSWORD;
  // Hashing is deliberately slow; tests share one hash of the default password.
  const passwordHash =
    password === TEST_PASSWORD
      ? await (cachedHash ??= hashPassword(TEST_PASSWORD))
      : await hashPassword(password);
  const now = Date.now();
  const user = await db.k
    .insertInto('staff_users')
    .values({
      username,
      password_hash: passwordHash,
      display_name: username,
      is_platform_admin: opts.isPlatformAdmin ? 1 : 0,
      supervisor_region: opts.supervisorRegion ?? null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [account_id, role] of opts.roles ?? []) {
    await db.k
      .insertInto('staff_roles')
      .values({ user_id: user.id, account_id, role, granted_at: now })
      .execute();
  }
  return { id: user.id, username, password };
}

export async function buildCitizen(db: Database, phone?: string): Promise<{ id: number; phone: string }> {
  const p = phone ?? `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const row = await db.k
    .insertInto('citizens')
    .values({ phone: p, created_at: Date.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, phone: p };
}

/** Headers of a signed-in request: the session cookie plus its CSRF token. */
export interface SessionHeaders {
  cookie: string;
  'x-csrf-token': string;
}

export async function sessionHeaders(
  sessions: SessionStore,
  kind: 'staff' | 'citizen',
  subjectId: number,
): Promise<SessionHeaders> {
  const { token, csrfToken } = await sessions.create(kind, subjectId, Date.now());
  return { cookie: `${kind === 'staff' ? 'zw_staff' : 'zw_citizen'}=${token}`, 'x-csrf-token': csrfToken };
}

/**
 * Lets an account push `perDay` times per Beijing day (the default is one, like WeChat's
 * subscription accounts): for tests that publish several articles on one account.
 */
export async function raisePushQuota(db: Database, accountId: number, perDay = 1000): Promise<void> {
  await db.k
    .insertInto('push_quotas')
    .values({ account_id: accountId, per_day: perDay, updated_by: null, updated_at: Date.now() })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ per_day: perDay }))
    .execute();
}
