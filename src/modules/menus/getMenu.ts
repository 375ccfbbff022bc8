/** The menu citizens see under an account's thread. */
import { AppError } from '../../infra/errors.js';
import { pickVariant } from './match.js';
import type { MenusRepository } from './repository.js';
import type { MenuT } from './schema.js';
import { validateMenu } from './validate.js';

const NO_MENU: MenuT = { button: [] };

/**
 * An active account's menu for this citizen: the first conditional variant they match
 * (tags of the account they carry, their home region), else the default; `{button: []}`
 * when the account has none. Anonymous readers get the default. Suspended and unknown
 * accounts are ACCOUNT_NOT_FOUND, as for the public profile.
 */
export async function getMenu(
  repo: MenusRepository,
  props: { accountId: number; citizenId?: number | null },
): Promise<MenuT> {
  const account = await repo.findAccount(props.accountId);
  if (!account || account.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND');
  if (props.citizenId) {
    const variants = await repo.listVariants(props.accountId);
    if (variants.length > 0) {
      const [tagIds, regionCode] = await Promise.all([
        repo.citizenTagIds(props.accountId, props.citizenId),
        repo.citizenRegion(props.citizenId),
      ]);
      const chosen = pickVariant(variants, { tagIds, regionCode });
      const menu = chosen && parseStored(chosen.menu_json);
      if (menu) return menu;
    }
  }
  const row = await repo.findMenu(props.accountId);
  return (row && parseStored(row.menu_json)) ?? NO_MENU;
}

/**
 * Every write went through validateMenu; checking again on the way out means a row edited
 * by hand (or written by an older rule set) shows no menu rather than a broken one.
 */
export function parseStored(json: string): MenuT | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const checked = validateMenu(parsed);
  return checked.ok ? checked.menu : null;
}
