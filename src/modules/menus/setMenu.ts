/**
 * Replaces an account's default custom menu, leaving its conditional variants as they are.
 * The demo loader calls it, and the cgi-bin `menu/create` will, so everything a default
 * menu must satisfy is here: WeChat's rules (validateMenu), article buttons opening this
 * account's publications, the account existing, and an audit entry in the same transaction
 * as the write. The console saves the whole set through saveMenus.
 */
import { AppError } from '../../infra/errors.js';
import type { MenusRepository } from './repository.js';
import { checkArticles, menuInvalid } from './saveMenus.js';
import type { MenuT } from './schema.js';
import { validateMenu } from './validate.js';

export interface SetMenuProps {
  accountId: number;
  /** The menu as received (WeChat's `{button: [...]}`); checked here, never trusted. */
  menu: unknown;
  /** The staff member making the change, or null for the system (e.g. the demo loader). */
  actorId: number | null;
  now: number;
}

/**
 * Validates and stores the menu; answers the menu as stored (known fields only).
 * Throws MENU_INVALID with every problem in `details.errors` and the first path in `field`.
 */
export async function setMenu(repo: MenusRepository, props: SetMenuProps): Promise<MenuT> {
  const result = validateMenu(props.menu);
  if (!result.ok) throw menuInvalid(result.errors);
  const menu = result.menu;
  await repo.transaction(async (tx) => {
    if (!(await tx.findAccount(props.accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
    const missing = await checkArticles(tx, props.accountId, [{ prefix: '', menu }]);
    if (missing.length > 0) throw menuInvalid(missing);
    await tx.upsertMenu(props.accountId, JSON.stringify(menu), props.now);
    await tx.audit({
      at: props.now,
      actorKind: props.actorId === null ? 'system' : 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'menu.updated',
      target: `account:${props.accountId}`,
      details: {
        buttons: menu.button.map((b) => b.name),
      },
    });
  });
  return menu;
}
