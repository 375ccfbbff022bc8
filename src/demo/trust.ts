/**
 * Demo of the impersonation guard: an impostor account named the way impostors name them
 * (河南省敎育厅官方: a variant character and a decoration). It is created through the normal
 * account creation, so the guard holds it — hidden from citizens — and the platform admin finds
 * it waiting in 名称审核 (name holds) with its score and the verified name it resembles.
 */
import type { AppDeps } from '../deps.js';
import { AccountsRepository } from '../modules/accounts/repository.js';
import { createAccount } from '../modules/accounts/createAccount.js';
import { nameGuard } from '../modules/guard/registry.js';

export const DEMO_IMPOSTOR = {
  handle: 'henan-jiaoyu-guanfang',
  name: '河南省敎育厅官方',
} as const;

export async function seedDemoTrust(deps: AppDeps, platformAdminId: number): Promise<void> {
  const accounts = AccountsRepository.of(deps.database);
  if (await accounts.findByHandle(DEMO_IMPOSTOR.handle)) return;
  await createAccount(accounts, {
    actorId: platformAdminId,
    now: deps.clock.now(),
    guard: nameGuard(deps.database),
    input: {
      handle: DEMO_IMPOSTOR.handle,
      name: DEMO_IMPOSTOR.name,
      level: 'provincial',
      departmentType: 'education',
      regionCode: '410000',
      owningUnit: '河南省教育服务中心',
      contact: '微信客服',
      introduction: '高考志愿填报、成绩查询官方服务，一对一指导。',
    },
  });
}
