/**
 * Demo hotlines and a demo conditional menu.
 *
 * Hotlines are national public service numbers only (12345 government service line, 110,
 * 122, 12348 public legal services, 12388 discipline inspection, 12389 police complaints,
 * 12333 human resources and social security) plus the CHSI (学信网) help line the Henan
 * Department of Education's reply 5 names (henanEduReplies.ts), so nothing here sends a
 * reader to a number that is not what it says.
 *
 * Xinyang traffic police show citizens who live in Xinyang (region prefix 4115) a menu for
 * local vehicle owners; everyone else sees the travellers' default.
 */
import type { AppDeps } from '../deps.js';
import { AccountsRepository } from '../modules/accounts/repository.js';
import { setHotlines } from '../modules/menus/hotlines.js';
import { MenusRepository, type HotlineRow } from '../modules/menus/repository.js';
import { loadMenuSet, saveMenus } from '../modules/menus/saveMenus.js';
import { demoArticleSlugs, resolveDemoMenu, type DemoMenuButton } from './menuButtons.js';
import { readMeta, writeMeta } from './meta.js';

const H = {
  service: { name: '政务服务便民热线', phone: '12345', hours: '24小时' },
  police: { name: '报警求助', phone: '110', hours: '24小时' },
  traffic: { name: '交通事故报警', phone: '122', hours: '24小时' },
} satisfies Record<string, HotlineRow>;

export const DEMO_HOTLINES: Record<string, HotlineRow[]> = {
  'henan-edu': [
    { name: '教育政策咨询（政务服务便民热线）', phone: '12345', hours: '24小时' },
    { name: '毕业生就业（人力资源和社会保障服务热线）', phone: '12333', hours: '工作日 9:00—17:00' },
    { name: '学历学籍查询（学信网客服）', phone: '010-67410388', hours: '工作日 9:00—17:00' },
    { name: '纪检监察举报电话', phone: '12388', hours: '' },
  ],
  'xinyang-police': [H.police, { name: '公安机关举报投诉', phone: '12389', hours: '' }, H.service],
  'xinyang-letters': [H.service],
  'xinyang-justice': [{ name: '公共法律服务热线', phone: '12348', hours: '' }, H.service],
  'zhengzhou-traffic': [H.traffic, H.police, H.service],
  'xinyang-traffic': [H.traffic, H.police, H.service],
};

export interface DemoVariant {
  name: string;
  regionPrefix: string;
  buttons: DemoMenuButton[];
}

export const DEMO_VARIANTS: Record<string, DemoVariant[]> = {
  'xinyang-traffic': [
    {
      name: '信阳本地市民',
      regionPrefix: '4115',
      buttons: [
        {
          name: '车驾管服务',
          sub: [
            { name: '电动车上牌', article: '电动自行车登记上牌服务指南' },
            { name: '违法记录查询', key: 'VIOLATION_QUERY' },
            { name: '便民电话', service: 'hotlines' },
          ],
        },
        { name: '事故快处', article: '轻微交通事故“快处快赔”操作指南' },
        {
          name: '交警动态',
          sub: [
            { name: '全部文章', service: 'articles' },
            { name: '咨询留言', service: 'conversation' },
          ],
        },
      ],
    },
  ],
};

const SERVICES_SEEDED_KEY = 'demo_menu_services_seeded';

/**
 * Once per installation (its own meta flag, so installations seeded before hotlines and
 * variants existed get them too): hotlines for demo accounts that have none, and the demo
 * variants for accounts with a default menu and no variants yet. What staff have since set
 * is never replaced.
 */
export async function seedDemoMenuServices(deps: AppDeps): Promise<void> {
  if (await readMeta(deps.database, SERVICES_SEEDED_KEY)) return;
  const accounts = AccountsRepository.of(deps.database);
  const menus = MenusRepository.of(deps.database);
  const now = deps.clock.now();

  for (const [handle, items] of Object.entries(DEMO_HOTLINES)) {
    const account = await accounts.findByHandle(handle);
    if (!account || (await menus.listHotlines(account.id)).length > 0) continue;
    await setHotlines(menus, { accountId: account.id, items, actorId: null, now });
  }

  for (const [handle, variants] of Object.entries(DEMO_VARIANTS)) {
    const account = await accounts.findByHandle(handle);
    if (!account) continue;
    const current = await loadMenuSet(menus, account.id);
    if (current.default.button.length === 0 || current.variants.length > 0) continue;
    const slugs = demoArticleSlugs(deps, account.id);
    const resolved = [];
    for (const v of variants) {
      resolved.push({
        name: v.name,
        match: { tagId: null, regionPrefix: v.regionPrefix },
        menu: await resolveDemoMenu(v.buttons, slugs, handle),
      });
    }
    await saveMenus(menus, {
      accountId: account.id,
      input: { default: current.default, variants: resolved },
      actorId: null,
      now,
    });
  }
  await writeMeta(deps.database, SERVICES_SEEDED_KEY, new Date(now).toISOString());
}
