/**
 * Loads the demo data set (accounts and their staff, then the demo articles) on first start.
 * Idempotent: every step looks for what an earlier, possibly interrupted, run already made,
 * and the meta row 'demo_seeded' is written last, so later starts skip the whole thing.
 *
 * Custom menus (menus.ts) have their own once-only flag, so installations seeded before menus
 * existed get them on their next start. The Henan Department of Education's numbered replies
 * 1–5 (henanEduReplies.ts) are seeded as keyword rules by autoreplies.ts, again once.
 */
import type { StaffRole } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import { hashPassword } from '../infra/auth/password.js';
import { createAccount } from '../modules/accounts/createAccount.js';
import { AccountsRepository } from '../modules/accounts/repository.js';
import { StaffRepository } from '../modules/staff/repository.js';
import { seedDemoArticles, type DemoAccountRef } from './articles.js';
import { seedDemoAutoReplies } from './autoreplies.js';
import {
  DEMO_ACCOUNT_ROLES,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_PLATFORM_ADMIN,
  DEMO_MULTI_ACCOUNT,
  DEMO_SUPERVISOR,
  type DemoAccount,
} from './demoData.js';
import { seedDemoConversations } from './conversations.js';
import { seedDemoMenus } from './menus.js';
import { seedDemoTrust } from './trust.js';
import { seedDemoScreening } from './screening.js';
import { seedDemoCases } from './cases.js';
import { seedDemoOpen311 } from './open311.js';
import { readMeta, writeMeta } from './meta.js';
import { orgCheckChar, usccCheckChar } from '../modules/verification/creditCode.js';

export interface DemoResult {
  created: boolean;
  signIns: Array<{ username: string; password: string; what: string }>;
}

const SEEDED_KEY = 'demo_seeded';

export function demoSignIns(): DemoResult['signIns'] {
  const signIns = [
    { username: DEMO_PLATFORM_ADMIN.username, password: DEMO_PASSWORD, what: DEMO_PLATFORM_ADMIN.what },
    { username: DEMO_SUPERVISOR.username, password: DEMO_PASSWORD, what: DEMO_SUPERVISOR.what },
    { username: DEMO_MULTI_ACCOUNT.username, password: DEMO_PASSWORD, what: DEMO_MULTI_ACCOUNT.what },
  ];
  for (const a of DEMO_ACCOUNTS) {
    for (const r of DEMO_ACCOUNT_ROLES) {
      signIns.push({
        username: `${a.handle}-${r.role}`,
        password: DEMO_PASSWORD,
        what: `${a.name} ${r.zh} / ${a.en} — ${r.en}`,
      });
    }
  }
  return signIns;
}

/** Loads the demo data set once (idempotent: a meta flag records that it ran). */
export async function seedDemo(deps: AppDeps): Promise<DemoResult> {
  const signIns = demoSignIns();
  if (await readMeta(deps.database, SEEDED_KEY)) {
    await seedDemoMenus(deps);
    await seedDemoAutoReplies(deps);
    await seedDemoConversations(deps);
    await seedDemoScreening(deps);
    await seedDemoCases(deps);
    await seedDemoOpen311(deps);
    return { created: false, signIns };
  }

  const staff = StaffRepository.of(deps.database);
  const accounts = AccountsRepository.of(deps.database);
  const now = deps.clock.now();
  // Argon2 is slow by design; every demo user shares the published demo password, so one
  // hash serves them all and start-up stays quick.
  const hash = await hashPassword(DEMO_PASSWORD);
  const user = (
    username: string,
    displayName: string,
    extra: { isPlatformAdmin?: boolean; supervisorRegion?: string } = {},
  ) => ensureUser(staff, { username, displayName, passwordHash: hash, now, ...extra });

  const platformId = await user(DEMO_PLATFORM_ADMIN.username, DEMO_PLATFORM_ADMIN.displayName, {
    isPlatformAdmin: true,
  });
  await user(DEMO_SUPERVISOR.username, DEMO_SUPERVISOR.displayName, {
    supervisorRegion: DEMO_SUPERVISOR.region,
  });

  const refs: Record<string, DemoAccountRef> = {};
  for (const demo of DEMO_ACCOUNTS) {
    const accountId = await ensureAccount(accounts, demo, platformId, now);
    let editorId = 0;
    for (const { role, zh } of DEMO_ACCOUNT_ROLES) {
      const userId = await user(`${demo.handle}-${role}`, `${demo.name}·${zh}`);
      await ensureRole(staff, accountId, userId, role, platformId, now);
      if (role === 'editor') editorId = userId;
    }
    refs[demo.handle] = { id: accountId, editorId };
  }

  const multiId = await user(DEMO_MULTI_ACCOUNT.username, DEMO_MULTI_ACCOUNT.displayName);
  for (const [handle, role] of DEMO_MULTI_ACCOUNT.roles) {
    await ensureRole(staff, refs[handle]!.id, multiId, role, platformId, now);
  }

  await seedDemoArticles(deps, refs);
  await seedDemoTrust(deps, platformId);
  await seedDemoMenus(deps);
  await seedDemoAutoReplies(deps);
  await seedDemoConversations(deps);
  await seedDemoScreening(deps);
  await seedDemoCases(deps);
  await seedDemoOpen311(deps);
  await writeMeta(deps.database, SEEDED_KEY, new Date(now).toISOString());
  return { created: true, signIns };
}

async function ensureUser(
  staff: StaffRepository,
  values: Parameters<StaffRepository['insertUser']>[0],
): Promise<number> {
  const existing = await staff.findUserByUsername(values.username);
  return existing ? existing.id : staff.insertUser(values);
}

async function ensureAccount(
  accounts: AccountsRepository,
  demo: DemoAccount,
  actorId: number,
  now: number,
): Promise<number> {
  let row = await accounts.findByHandle(demo.handle);
  if (!row) {
    const created = await createAccount(accounts, {
      actorId,
      now,
      input: {
        handle: demo.handle,
        name: demo.name,
        level: demo.level,
        departmentType: demo.departmentType,
        regionCode: demo.regionCode,
        owningUnit: demo.owningUnit,
        contact: demo.contact,
        introduction: demo.introduction,
      },
    });
    row = (await accounts.findById(created.id))!;
  }
  if (demo.verified && row.verified !== 1) {
    const id = row.id;
    await accounts.transaction(async (tx) => {
      // A year's verification from the seed, as an approval would give (issue "Trust").
      await tx.update(id, {
        verified: 1,
        verified_name: row.name,
        verified_at: now,
        verified_until: now + 365 * 24 * 3600 * 1000,
        credit_code: demoCreditCode(row.region_code, id),
        updated_at: now,
      });
      await tx.audit({
        at: now,
        actorKind: 'staff',
        actorId,
        accountId: id,
        action: 'account.verified',
        target: `account:${id}`,
      });
    });
  }
  return row.id;
}

async function ensureRole(
  staff: StaffRepository,
  accountId: number,
  userId: number,
  role: StaffRole,
  actorId: number,
  now: number,
): Promise<void> {
  if ((await staff.memberRoles(accountId, userId)).includes(role)) return;
  await staff.transaction(async (tx) => {
    await tx.grantRoles(accountId, userId, [role], now);
    await tx.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'staff.roles_granted',
      target: `staff:${userId}`,
      details: { granted: [role] },
    });
  });
}

/**
 * A made-up but well-formed unified social credit code for a demo account: 1 (机构编制) 1 (机关),
 * its region, an organisation code from its id, and the check characters of both standards.
 */
function demoCreditCode(regionCode: string, id: number): string {
  const org = String(10_000_000 + id).slice(-8);
  const body = `11${regionCode}${org}${orgCheckChar(org)}`;
  return body + usccCheckChar(body);
}
