/**
 * Reads and replaces an account's whole menu set (default + conditional variants) as the
 * console edits it. Everything is checked before anything is written — WeChat's rules, the
 * set's own rules, and what needs the database (tags and publications of this account, real
 * regions) — and every problem is reported at once; one bad variant means nothing changes.
 */
import { AppError } from '../../infra/errors.js';
import { parseStored } from './getMenu.js';
import { normalizeRegionPrefix, validateMenuSet, type AnyMenuError, type ParsedMenuSet } from './menuSet.js';
import type { MenusRepository, VariantWrite } from './repository.js';
import type { MenuT } from './schema.js';
import { menuArticleRefs } from './validate.js';

export interface MenuVariantView {
  id: number;
  name: string;
  match: { tagId: number | null; regionPrefix: string | null };
  menu: MenuT;
}

export interface MenuSetView {
  default: MenuT;
  variants: MenuVariantView[];
}

/** The account's menus as the console edits them; `{button: []}` when there is no default. */
export async function loadMenuSet(repo: MenusRepository, accountId: number): Promise<MenuSetView> {
  const [row, variants] = await Promise.all([repo.findMenu(accountId), repo.listVariants(accountId)]);
  return {
    default: (row && parseStored(row.menu_json)) ?? { button: [] },
    variants: variants.map((v) => ({
      id: v.id,
      name: v.name,
      match: { tagId: v.tag_id, regionPrefix: v.region_prefix },
      menu: parseStored(v.menu_json) ?? { button: [] },
    })),
  };
}

export interface SaveMenusProps {
  accountId: number;
  /** The set as received; `variants[i].id` keeps an existing variant's id. Checked here. */
  input: { default: unknown; variants: unknown };
  /** The staff member, or null for the system (the demo loader). */
  actorId: number | null;
  now: number;
}

/** Throws MENU_INVALID (`field` = first path, `details.errors` = all) and writes nothing. */
export async function saveMenus(repo: MenusRepository, props: SaveMenusProps): Promise<MenuSetView> {
  const checked = validateMenuSet(props.input);
  const errors: AnyMenuError[] = checked.ok ? [] : [...checked.errors];
  const set = checked.set;

  return repo.transaction(async (tx) => {
    if (!(await tx.findAccount(props.accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
    errors.push(...(await checkAgainstAccount(tx, props.accountId, set)));
    if (errors.length > 0) throw menuInvalid(inDocumentOrder(errors));

    if (set.default) await tx.upsertMenu(props.accountId, JSON.stringify(set.default), props.now);
    else await tx.deleteMenu(props.accountId);
    const writes: VariantWrite[] = set.variants.map((v) => ({
      id: v.id,
      name: v.name,
      tagId: v.tagId,
      regionPrefix: v.regionPrefix,
      menuJson: JSON.stringify(v.menu),
    }));
    await tx.replaceVariants(props.accountId, writes, props.now);
    await tx.audit({
      at: props.now,
      actorKind: props.actorId === null ? 'system' : 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'menu.updated',
      target: `account:${props.accountId}`,
      details: {
        buttons: (set.default?.button ?? []).map((b) => b.name),
        variants: set.variants.map((v) => v.name),
      },
    });
    return loadMenuSet(tx, props.accountId);
  });
}

/** The default's problems first, then each variant's in turn (a stable sort keeps the rest). */
function inDocumentOrder(errors: AnyMenuError[]): AnyMenuError[] {
  const rank = (path: string) => {
    const m = /^variants\[(\d+)\]/.exec(path);
    return m ? 1 + Number(m[1]) : path.startsWith('variants') ? 0.5 : 0;
  };
  return [...errors].sort((a, b) => rank(a.path) - rank(b.path));
}

export function menuInvalid(errors: AnyMenuError[]): AppError {
  return new AppError('MENU_INVALID', { field: errors[0]?.path, details: { errors } });
}

/**
 * The checks that need the database. Region prefixes are normalised in place ("411500" →
 * "4115") so what is stored is the prefix every code inside the region starts with.
 */
async function checkAgainstAccount(
  repo: MenusRepository,
  accountId: number,
  set: ParsedMenuSet,
): Promise<AnyMenuError[]> {
  const errors: AnyMenuError[] = [];
  const tagIds = set.variants.flatMap((v) => (v.tagId === null ? [] : [v.tagId]));
  const tags = await repo.existingTagIds(accountId, tagIds);
  for (const v of set.variants) {
    const path = `variants[${v.index}].match`;
    if (v.tagId !== null && !tags.has(v.tagId))
      errors.push({ path: `${path}.tagId`, code: 'TAG_NOT_FOUND', wechatErrcode: 45159 });
    if (v.regionPrefix !== null) {
      const region = normalizeRegionPrefix(v.regionPrefix);
      if (region && (await repo.regionExists(region.code))) v.regionPrefix = region.prefix;
      else errors.push({ path: `${path}.regionPrefix`, code: 'REGION_NOT_FOUND', wechatErrcode: 65313 });
    }
  }
  const menus: Array<{ prefix: string; menu: MenuT }> = [
    ...(set.default ? [{ prefix: 'default', menu: set.default }] : []),
    ...set.variants.map((v) => ({ prefix: `variants[${v.index}].menu`, menu: v.menu })),
  ];
  errors.push(...(await checkArticles(repo, accountId, menus)));
  return errors;
}

/** Every `article_id` button must open a publication of this very account. */
export async function checkArticles(
  repo: MenusRepository,
  accountId: number,
  menus: Array<{ prefix: string; menu: MenuT }>,
): Promise<AnyMenuError[]> {
  const refs = menus.flatMap(({ prefix, menu }) =>
    menuArticleRefs(menu).map((r) => ({ ...r, path: prefix ? `${prefix}.${r.path}` : r.path })),
  );
  const found = await repo.existingSlugs(accountId, [...new Set(refs.map((r) => r.slug))]);
  return refs
    .filter((r) => !found.has(r.slug))
    .map((r) => ({ path: r.path, code: 'ARTICLE_NOT_FOUND' as const, wechatErrcode: 40007 }));
}
