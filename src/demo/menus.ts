/**
 * Demo custom menus. The Henan Department of Education's follows the paper (§3): 高考服务
 * with the score, admission and enrolment-plan queries, the enrolment column and earlier
 * years' admission scores; 便民服务 with documents and notices, public notices (the
 * account's article list), convenience phone numbers (the hotlines page) and the New Media
 * Alliance; 投诉咨询 with the official microblog. The other demo accounts get small menus of
 * their own trade.
 *
 * `click` keys name what automatic replies and query services answer (keep them stable:
 * reply rules are bound to them). `article` buttons open the account's own demo articles
 * (`article_id`, looked up after they are published, so the slugs are the real ones);
 * `service` buttons open a built-in page; `url` buttons an in-app page or an external site.
 * Hotlines and the per-region variant are in menuServices.ts.
 */
import type { AppDeps } from '../deps.js';
import { AccountsRepository } from '../modules/accounts/repository.js';
import { MenusRepository } from '../modules/menus/repository.js';
import { setMenu } from '../modules/menus/setMenu.js';
import { demoArticleSlugs, resolveDemoMenu, type DemoMenuButton } from './menuButtons.js';
import { seedDemoMenuServices } from './menuServices.js';
import { readMeta, writeMeta } from './meta.js';

export { resolveDemoMenu, type DemoMenuButton };

export const DEMO_MENUS: Record<string, DemoMenuButton[]> = {
  'henan-edu': [
    {
      name: '高考服务',
      sub: [
        { name: '成绩查询', key: 'GAOKAO_SCORE' },
        { name: '录取查询', key: 'GAOKAO_ADMISSION' },
        { name: '招生计划查询', key: 'GAOKAO_PLAN' },
        // No demo article lists earlier years' lines: a query service will answer it.
        { name: '历年录取分数线', key: 'GAOKAO_HISTORY_SCORES' },
        { name: '招生考试专栏', article: '2027年河南省普通高考报名时间及有关事项安排' },
      ],
    },
    {
      name: '便民服务',
      sub: [
        { name: '文件通知', article: '关于做好2026年秋季学期学生资助工作的通知' },
        { name: '公示公告', service: 'articles' },
        { name: '便民电话', service: 'hotlines' },
        { name: '学历查询', key: 'DEGREE_QUERY' },
        { name: '新媒体联盟', key: 'MEDIA_ALLIANCE' },
      ],
    },
    {
      name: '投诉咨询',
      sub: [
        { name: '投诉举报', key: 'COMPLAINT' },
        { name: '咨询留言', key: 'CONSULT' },
        { name: '官方微博', url: weiboSearch('河南省教育厅') },
      ],
    },
  ],
  'xinyang-police': [
    {
      name: '警务服务',
      sub: [
        { name: '户籍跨省通办', article: '户籍业务“跨省通办”办理指南' },
        { name: '出入境办理', article: '出入境证件办理指南：护照、往来港澳通行证可网上预约' },
        { name: '防诈骗提醒', article: '冬季防范电信网络诈骗提示：这五类骗局要当心' },
      ],
    },
    {
      name: '便民查询',
      sub: [
        { name: '户籍办理进度', key: 'HUKOU_PROGRESS' },
        { name: '身份证办理进度', key: 'ID_CARD_PROGRESS' },
        { name: '便民电话', key: 'HOTLINES' },
      ],
    },
    {
      name: '我要报警',
      sub: [
        { name: '网上报警（非紧急）', key: 'ONLINE_REPORT' },
        { name: '违法犯罪线索举报', key: 'TIP_OFF' },
      ],
    },
  ],
  'xinyang-letters': [
    {
      name: '网上信访',
      sub: [
        { name: '我要信访', key: 'PETITION' },
        { name: '办理进度查询', key: 'PETITION_PROGRESS' },
        { name: '信访流程', article: '网上信访怎么办？一图读懂办理流程' },
      ],
    },
    { name: '领导接访', article: '2026年12月市级领导接访日安排' },
    { name: '政策咨询', key: 'CONSULT' },
  ],
  'xinyang-justice': [
    {
      name: '法律服务',
      sub: [
        { name: '法律援助申请', article: '法律援助申请指南：这些情形可以申请免费法律援助' },
        { name: '讨薪绿色通道', article: '岁末年初农民工讨薪法律服务“绿色通道”开通' },
        { name: '人民调解', key: 'MEDIATION' },
      ],
    },
    { name: '法律咨询', key: 'LEGAL_CONSULT' },
    { name: '普法宣传', key: 'LAW_EDUCATION' },
  ],
  'zhengzhou-traffic': [
    {
      name: '违法查询',
      sub: [
        { name: '违法记录查询', key: 'VIOLATION_QUERY' },
        { name: '网上处理指南', article: '交通违法网上处理指南：“交管12123”APP办理步骤' },
        { name: '交管服务网站', url: 'https://ha.122.gov.cn/' },
      ],
    },
    {
      name: '事故快处',
      sub: [
        { name: '在线快处快赔', key: 'ACCIDENT_QUICK' },
        { name: '事故处理进度', key: 'ACCIDENT_PROGRESS' },
      ],
    },
    {
      name: '出行提示',
      sub: [
        { name: '实时路况', key: 'ROAD_CONDITIONS' },
        { name: '雨雪天气驾驶', article: '冬季雨雪冰冻天气安全驾驶提示' },
        { name: '元旦出行提示', article: '元旦假期出行交通安全提示' },
      ],
    },
  ],
  'xinyang-traffic': [
    {
      name: '车驾管服务',
      sub: [
        { name: '电动车上牌', article: '电动自行车登记上牌服务指南' },
        { name: '违法记录查询', key: 'VIOLATION_QUERY' },
      ],
    },
    { name: '事故快处', article: '轻微交通事故“快处快赔”操作指南' },
    { name: '出行提示', article: '雨雪天气高速公路通行提示' },
  ],
};

function weiboSearch(q: string): string {
  return `https://s.weibo.com/user?q=${encodeURIComponent(q)}`;
}

const MENUS_SEEDED_KEY = 'demo_menus_seeded';

/**
 * Sets the demo menus once, through the setMenu use case (validated, audited). Runs after the
 * demo articles so `article` buttons get real slugs; an article that is missing falls back to
 * the account's profile page. Accounts that already have a menu keep it, and a meta flag
 * makes it run once, so an installation seeded before menus existed gets them on its next
 * start and a menu staff have since changed or removed is never put back. Hotlines and
 * conditional menus have a flag of their own (menuServices.ts), for the same reason.
 */
export async function seedDemoMenus(deps: AppDeps): Promise<void> {
  if (!(await readMeta(deps.database, MENUS_SEEDED_KEY))) {
    const accounts = AccountsRepository.of(deps.database);
    const menus = MenusRepository.of(deps.database);
    const now = deps.clock.now();
    for (const [handle, buttons] of Object.entries(DEMO_MENUS)) {
      const account = await accounts.findByHandle(handle);
      if (!account || (await menus.findMenu(account.id))) continue;
      const menu = await resolveDemoMenu(buttons, demoArticleSlugs(deps, account.id), handle);
      await setMenu(menus, { accountId: account.id, menu, actorId: null, now });
    }
    await writeMeta(deps.database, MENUS_SEEDED_KEY, new Date(now).toISOString());
  }
  await seedDemoMenuServices(deps);
}
