/** The menu citizens see under an account's thread. */
import { AppError } from '../../infra/errors.js';
import type { MenusRepository } from './repository.js';
import type { MenuT } from './schema.js';
import { validateMenu } from './validate.js';

const NO_MENU: MenuT = { button: [] };

/**
 * An active account's menu, or `{button: []}` when it has none. Suspended and unknown
 * accounts are ACCOUNT_NOT_FOUND, as for the public profile.
 */
export async function getMenu(repo: MenusRepository, props: { accountId: number }): Promise<MenuT> {
  const account = await repo.findAccount(props.accountId);
  if (!account || account.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND');
  const row = await repo.findMenu(props.accountId);
  if (!row) return NO_MENU;
  // Every write went through validateMenu; checking again on the way out means a row edited
  // by hand (or written by an older rule set) shows no menu rather than a broken one.
  const checked = validateMenu(JSON.parse(row.menu_json));
  return checked.ok ? checked.menu : NO_MENU;
}
