/**
 * Demo Open311: requests no routing rule claims go to 信阳市信访局 (the letters-and-calls
 * bureau is where a misrouted matter is sorted out). Once per installation, so a platform
 * admin's later choice stands.
 */
import type { AppDeps } from '../deps.js';
import { AccountsRepository } from '../modules/accounts/repository.js';
import { defaultOpen311Account, setDefaultOpen311Account } from '../modules/open311/door.js';
import { readMeta, writeMeta } from './meta.js';

const FLAG = 'demo_open311_seeded';
export const DEMO_OPEN311_DOOR = 'xinyang-letters';

export async function seedDemoOpen311(deps: AppDeps): Promise<void> {
  if (await readMeta(deps.database, FLAG)) return;
  const account = await AccountsRepository.of(deps.database).findByHandle(DEMO_OPEN311_DOOR);
  if (!account) return; // the accounts come first; try again on the next start
  if ((await defaultOpen311Account(deps.database.k)) === null)
    await setDefaultOpen311Account(deps.database.k, account.id);
  await writeMeta(deps.database, FLAG, new Date(deps.clock.now()).toISOString());
}
