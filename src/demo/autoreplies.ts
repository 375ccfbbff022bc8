/**
 * Demo automatic replies. The Henan Department of Education's numbered replies 1–5 (the
 * paper, §3; henanEduReplies.ts) become exact keyword rules, and its "reply a number" hint
 * the greeting and the default reply; its menu's click keys (menus.ts) get rules too, plus a
 * few contains and regex rules that answer common questions with article cards. The Xinyang
 * police get a small set of their own trade.
 *
 * Everything goes through the autoreplies use cases (keywords folded, regexes checked,
 * audited). Runs once per installation behind its own meta flag, and skips an account whose
 * automatic replies staff have already touched.
 */
import type { AppDeps } from '../deps.js';
import { AccountsRepository } from '../modules/accounts/repository.js';
import { AutoRepliesRepository } from '../modules/autoreplies/repository.js';
import { createRule } from '../modules/autoreplies/saveRule.js';
import type { ReplyInputT, RuleInputT } from '../modules/autoreplies/schema.js';
import { setReplySet } from '../modules/autoreplies/setReplySet.js';
import { HENAN_EDU_REPLIES, HENAN_EDU_REPLY_MENU } from './henanEduReplies.js';
import { readMeta, writeMeta } from './meta.js';

/** A demo reply: as stored, except that articles are named by their demo title. */
export type DemoReply =
  Exclude<ReplyInputT, { kind: 'articles' | 'image' }> | { kind: 'articles'; titles: string[] };

export interface DemoRule extends Omit<RuleInputT, 'replies'> {
  replies: DemoReply[];
}

export interface DemoAutoReplies {
  greeting: string;
  fallback: string;
  rules: DemoRule[];
}

const text = (t: string): DemoReply => ({ kind: 'text', text: t });
const exact = (...keys: string[]) => keys.map((keyword) => ({ keyword, matchType: 'exact' as const }));

const GAOKAO_SIGNUP = '2027年河南省普通高考报名时间及有关事项安排';
const SCORE_TEXT =
  '【高考成绩查询】\n河南省普通高考成绩一般于6月下旬公布，届时可登录河南省教育考试院网站（www.haeea.cn）' +
  '凭考生号和身份证号查询，具体时间以河南省教育考试院公告为准。';

/** The hint without its welcome line: what the default reply adds to "message received". */
const NUMBER_HINT = HENAN_EDU_REPLY_MENU.slice(HENAN_EDU_REPLY_MENU.indexOf('回复数字获取'));

export const DEMO_AUTOREPLIES: Record<string, DemoAutoReplies> = {
  'henan-edu': {
    greeting: HENAN_EDU_REPLY_MENU,
    fallback: `您好，您的留言已收到，我们将在24小时内回复。\n${NUMBER_HINT}`,
    rules: [
      // The numbered menu outranks everything else: "1" must always mean reply 1.
      ...HENAN_EDU_REPLIES.map((r): DemoRule => ({
        name: `回复${r.keyword}：${r.title}`,
        priority: 10,
        keywords: exact(r.keyword),
        replies: [text(r.reply)],
      })),
      { name: '菜单：成绩查询', keywords: exact('GAOKAO_SCORE'), replies: [text(SCORE_TEXT)] },
      {
        name: '菜单：录取查询',
        keywords: exact('GAOKAO_ADMISSION'),
        replies: [
          text(
            '【录取查询】\n录取期间，考生可登录河南省教育考试院网站（www.haeea.cn）查询本人录取状态；' +
              '录取通知书由录取高校直接寄发。请勿轻信“内部指标”“花钱保录取”等说法。',
          ),
        ],
      },
      {
        name: '菜单：招生计划查询',
        keywords: exact('GAOKAO_PLAN'),
        replies: [
          text(
            '【招生计划查询】\n各高校在豫招生计划以河南省教育考试院编印的《招生考试之友》及其网站（www.haeea.cn）' +
              '公布的为准，填报志愿前请认真核对。',
          ),
        ],
      },
      {
        name: '菜单：历年录取分数线',
        keywords: exact('GAOKAO_HISTORY_SCORES'),
        replies: [
          text(
            '【历年录取分数线】\n我省历年各批次录取控制分数线均在河南省教育考试院网站（www.haeea.cn）“信息公开”栏目发布，' +
              '可按年份查阅。',
          ),
        ],
      },
      {
        name: '菜单：学历查询',
        keywords: [
          ...exact('DEGREE_QUERY'),
          { keyword: '学历', matchType: 'contains' },
          { keyword: '学籍', matchType: 'contains' },
        ],
        replies: [
          text(
            '【学历学籍查询】\n高等教育学历、学籍可在中国高等教育学生信息网（学信网，www.chsi.com.cn）免费查询；' +
              '客服电话 010-67410388（工作日 9:00—17:00）。',
          ),
        ],
      },
      {
        name: '菜单：新媒体联盟',
        keywords: exact('MEDIA_ALLIANCE'),
        replies: [
          text(
            '河南教育新媒体联盟汇集全省各级教育行政部门和学校的政务新媒体。点击下方链接浏览本号发布的全部文章。',
          ),
          { kind: 'link', title: '河南省教育厅 · 全部文章', url: '/accounts/henan-edu/articles' },
        ],
      },
      {
        name: '菜单：投诉举报',
        keywords: exact('COMPLAINT'),
        replies: [
          text(
            '投诉举报请直接在对话框留言，写明事由、时间、地点和联系方式，我们将在24小时内回复。也可拨打以下电话：',
          ),
          { kind: 'link', title: '服务热线', url: '/accounts/henan-edu/hotlines' },
        ],
      },
      {
        name: '菜单：咨询留言',
        keywords: exact('CONSULT'),
        replies: [
          text('请直接在对话框输入您要咨询的问题，工作人员将在24小时内回复。回复数字1—5可获取常用信息。'),
        ],
      },
      {
        name: '高考报名',
        keywords: [{ keyword: '报名', matchType: 'contains' }],
        replies: [{ kind: 'articles', titles: [GAOKAO_SIGNUP] }],
      },
      {
        name: '高考成绩（正则）',
        keywords: [{ keyword: '(高考)?成绩.{0,6}(查询|公布|出来|怎么查)', matchType: 'regex' }],
        replies: [text(SCORE_TEXT)],
      },
      {
        name: '学生资助',
        keywords: [
          { keyword: '资助', matchType: 'contains' },
          { keyword: '助学金', matchType: 'contains' },
          { keyword: '助学贷款', matchType: 'contains' },
        ],
        replies: [{ kind: 'articles', titles: ['关于做好2026年秋季学期学生资助工作的通知'] }],
      },
    ],
  },
  'xinyang-police': {
    greeting: '感谢关注信阳市公安局！紧急报警请拨打110。点击下方菜单可办理户籍、出入境业务，查询办理进度。',
    fallback: '您好，留言已收到，我们会尽快回复。紧急情况请直接拨打110，切勿通过留言报警。',
    rules: [
      {
        name: '紧急报警提示',
        priority: 10,
        keywords: [
          { keyword: '报警', matchType: 'contains' },
          { keyword: '救命', matchType: 'contains' },
          { keyword: 'ONLINE_REPORT', matchType: 'exact' },
        ],
        replies: [
          text('紧急情况请立即拨打110报警。网上报警只受理非紧急警情，请在对话框写明事由、时间、地点。'),
        ],
      },
      {
        name: '防诈骗',
        keywords: [
          { keyword: '诈骗', matchType: 'contains' },
          { keyword: '骗子', matchType: 'contains' },
        ],
        replies: [{ kind: 'articles', titles: ['冬季防范电信网络诈骗提示：这五类骗局要当心'] }],
      },
      {
        name: '办理进度',
        keywords: [
          ...exact('HUKOU_PROGRESS', 'ID_CARD_PROGRESS'),
          { keyword: '(户籍|户口|身份证).{0,8}进度', matchType: 'regex' },
        ],
        replies: [text('请在对话框留言受理回执上的业务编号和办理人姓名，工作人员查询后回复您。')],
      },
      {
        name: '便民电话',
        keywords: exact('HOTLINES'),
        replies: [{ kind: 'link', title: '便民电话', url: '/accounts/xinyang-police/hotlines' }],
      },
    ],
  },
};

const SEEDED_KEY = 'demo_autoreplies_seeded';

/** Seeds the demo automatic replies once (see the file comment). */
export async function seedDemoAutoReplies(deps: AppDeps): Promise<void> {
  if (await readMeta(deps.database, SEEDED_KEY)) return;
  const accounts = AccountsRepository.of(deps.database);
  const repo = AutoRepliesRepository.of(deps.database);
  const now = deps.clock.now();
  for (const [handle, demo] of Object.entries(DEMO_AUTOREPLIES)) {
    const account = await accounts.findByHandle(handle);
    if (!account || (await repo.readSettings(account.id))) continue;
    for (const [which, t] of [
      ['greeting', demo.greeting],
      ['default', demo.fallback],
    ] as const)
      await setReplySet(repo, {
        accountId: account.id,
        which,
        input: { enabled: true, replies: [{ kind: 'text', text: t }] },
        actorId: null,
        now,
      });
    for (const rule of demo.rules) {
      const replies = await resolveDemoReplies(repo, account.id, rule.replies);
      if (!replies.length) continue;
      await createRule(repo, { accountId: account.id, input: { ...rule, replies }, actorId: null, now });
    }
  }
  await writeMeta(deps.database, SEEDED_KEY, new Date(now).toISOString());
}

/** Article replies name demo articles by title; one that is not published is left out. */
async function resolveDemoReplies(
  repo: AutoRepliesRepository,
  accountId: number,
  replies: readonly DemoReply[],
): Promise<ReplyInputT[]> {
  const out: ReplyInputT[] = [];
  for (const r of replies) {
    if (r.kind !== 'articles') {
      out.push(r);
      continue;
    }
    const ids: number[] = [];
    for (const title of r.titles) {
      const id = await repo.findPublicationByTitle(accountId, title);
      if (id !== null) ids.push(id);
    }
    if (ids.length) out.push({ kind: 'articles', publicationIds: ids });
  }
  return out;
}
