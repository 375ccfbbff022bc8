/**
 * The demo's shorthand for menu buttons, and how it becomes WeChat's menu shape once the
 * demo articles are published (their slugs are only known then).
 */
import type { AppDeps } from '../deps.js';
import type { MenuActionT, MenuServiceT, MenuT } from '../modules/menus/schema.js';
import { PublishingRepository } from '../modules/publishing/repository.js';

/** One demo button: a click key, a demo article by title, a service page, a path or URL, or a group. */
export type DemoMenuButton =
  | { name: string; key: string }
  | { name: string; article: string }
  | { name: string; service: MenuServiceT }
  | { name: string; url: string }
  | { name: string; sub: Exclude<DemoMenuButton, { sub: unknown }>[] };

/** Finds the slug of a demo article of the account by its title (null: not published). */
export type ArticleSlug = (title: string) => Promise<string | null>;

export function demoArticleSlugs(deps: AppDeps, accountId: number): ArticleSlug {
  const publishing = PublishingRepository.of(deps.database);
  return async (title) => {
    const found = await publishing.findArticleByTitle(accountId, title);
    return (found && (await publishing.findArticle(accountId, found.id))?.published_slug) ?? null;
  };
}

/**
 * Turns demo buttons into WeChat's menu shape. An article that is not published (yet) falls
 * back to the account's profile page, so the menu still passes the checks.
 */
export async function resolveDemoMenu(
  buttons: readonly DemoMenuButton[],
  articleSlug: ArticleSlug,
  handle: string,
): Promise<MenuT> {
  const action = async (b: Exclude<DemoMenuButton, { sub: unknown }>): Promise<MenuActionT> => {
    if ('key' in b) return { type: 'click', name: b.name, key: b.key };
    if ('service' in b) return { type: 'service', name: b.name, service: b.service };
    if ('article' in b) {
      const slug = await articleSlug(b.article);
      return slug
        ? { type: 'article_id', name: b.name, article_id: slug }
        : { type: 'view', name: b.name, url: `/accounts/${handle}` };
    }
    return { type: 'view', name: b.name, url: b.url };
  };
  const menu: MenuT = { button: [] };
  for (const b of buttons) {
    if ('sub' in b) {
      const subs: MenuActionT[] = [];
      for (const s of b.sub) subs.push(await action(s));
      menu.button.push({ name: b.name, sub_button: subs });
    } else {
      menu.button.push(await action(b));
    }
  }
  return menu;
}
