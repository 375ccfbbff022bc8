/**
 * Demo conversations, so the console inbox has work in every state the first time it opens:
 * answered (with an article card), waiting and assigned, overdue (its clock's jobs are already
 * due, so the worker's first pass warns the admins and marks it), unassigned, and one the
 * letters-and-calls bureau transferred to the traffic police. Plus canned replies and the
 * `<handle>-responder` staff of each demo account (installations seeded before responders
 * existed get them here).
 *
 * Everything goes through the conversations use cases (follows, the clock, outbox events and
 * audit entries are real). Fixed clientIds make the messages themselves idempotent; the rest
 * runs once, behind its own meta flag, like the demo menus.
 */
import type { AppDeps } from '../deps.js';
import { hashPassword } from '../infra/auth/password.js';
import { CitizensRepository } from '../modules/citizens/repository.js';
import { CannedRepliesRepository, createCannedReply } from '../modules/conversations/cannedReplies.js';
import { assignConversation, closeConversation } from '../modules/conversations/manageConversation.js';
import { addNote } from '../modules/conversations/notes.js';
import { ConversationsRepository } from '../modules/conversations/repository.js';
import { sendCitizenMessage, type ConversationDeps } from '../modules/conversations/sendCitizenMessage.js';
import { sendStaffMessage } from '../modules/conversations/sendStaffMessage.js';
import { transferConversation } from '../modules/conversations/transferConversation.js';
import { FollowsRepository } from '../modules/follows/repository.js';
import { followAccount } from '../modules/follows/follow.js';
import { AccountsRepository } from '../modules/accounts/repository.js';
import { PublishingRepository } from '../modules/publishing/repository.js';
import { StaffRepository } from '../modules/staff/repository.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoData.js';
import { readMeta, writeMeta } from './meta.js';

const SEEDED_KEY = 'demo_conversations_seeded';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Demo citizens: numbers in a block no operator issues to subscribers' phones here. */
const CITIZENS = ['19900000101', '19900000102', '19900000103', '19900000104', '19900000105'];

export const DEMO_CANNED: Record<string, Array<{ title: string; text: string }>> = {
  'henan-edu': [
    {
      title: '办公时间',
      text: '省教育厅办公时间：工作日上午 9:00—12:00，下午 13:00—17:30（法定节假日除外）。',
    },
    {
      title: '高考成绩查询',
      text: '高考成绩公布后，可通过本公众号菜单“高考服务—成绩查询”或河南省教育考试院官网查询。',
    },
    {
      title: '已转相关处室',
      text: '您反映的问题已转交相关处室办理，办结后我们将第一时间答复您，感谢您的理解与支持。',
    },
  ],
  'xinyang-police': [
    { title: '紧急情况请报警', text: '如遇紧急警情，请立即拨打 110 报警电话；公众号留言不能替代报警。' },
    {
      title: '身份证补领',
      text: '居民身份证已实行跨省通办，可携带户口簿到就近公安机关户政窗口申请补领，办理进度可在菜单“便民查询—身份证办理进度”查询。',
    },
  ],
};

export async function seedDemoConversations(deps: AppDeps): Promise<void> {
  await ensureResponders(deps);
  if (await readMeta(deps.database, SEEDED_KEY)) return;
  const accounts = AccountsRepository.of(deps.database);
  const staff = StaffRepository.of(deps.database);
  const ids: Record<string, number> = {};
  for (const a of DEMO_ACCOUNTS) {
    const row = await accounts.findByHandle(a.handle);
    if (!row) return; // the accounts come first; try again on the next start
    ids[a.handle] = row.id;
  }
  const userId = async (username: string) => (await staff.findUserByUsername(username))!.id;
  const user = async (username: string) => {
    const u = (await staff.findUserByUsername(username))!;
    return { userId: u.id, displayName: u.display_name };
  };
  const now = deps.clock.now();
  const conv: ConversationDeps = {
    database: deps.database,
    outbox: deps.outbox,
    commits: deps.commits,
    pseudonymKey: deps.secrets.pseudonymKey,
  };
  const repo = ConversationsRepository.of(deps.database);
  const citizens = new CitizensRepository(deps.database);
  const follows = new FollowsRepository(deps.database);
  const citizen = async (phone: string, handles: string[]) => {
    const c = await citizens.findOrCreateCitizen(phone, now - 8 * 24 * HOUR);
    // Followed a week ago, so greetings come before the questions in every thread.
    const clock = { now: () => now - 7 * 24 * HOUR };
    for (const h of handles) {
      await followAccount(
        {
          repo: follows,
          clock,
          outbox: deps.outbox,
          pseudonymKey: conv.pseudonymKey,
          database: deps.database,
        },
        { accountId: ids[h]!, citizenId: c.id, scene: null },
      );
    }
    return c.id;
  };
  const ask = async (handle: string, citizenId: number, key: string, text: string, at: number) =>
    (
      await sendCitizenMessage(conv, {
        accountId: ids[handle]!,
        citizenId,
        input: { clientId: `demo-conv-${key}`, kind: 'text', text },
        now: at,
      })
    ).conversation.id;
  const answer = (
    handle: string,
    conversationId: number,
    who: { userId: number; displayName: string },
    key: string,
    text: string,
    at: number,
  ) =>
    sendStaffMessage(conv, {
      conversationId,
      accountId: ids[handle]!,
      staff: who,
      input: { clientId: `demo-conv-${key}`, kind: 'text', text },
      now: at,
    });

  // 河南省教育厅: answered with the article that says it all.
  const eduResponder = await user('henan-edu-responder');
  const c1 = await citizen(CITIZENS[0]!, ['henan-edu']);
  const t1 = now - 2 * 24 * HOUR;
  const q1 = await ask('henan-edu', c1, 'edu-1', '您好，请问2027年高考什么时候报名？需要准备哪些材料？', t1);
  await answer(
    'henan-edu',
    q1,
    eduResponder,
    'edu-1-a',
    '您好！2027年普通高考报名工作将于今年11月开展，具体时间以各省辖市招生考试机构通知为准。报名需准备本人居民身份证、户口簿及学籍信息。详细安排请见下方通知。',
    t1 + 42 * MINUTE,
  );
  const notice = await PublishingRepository.of(deps.database).findArticleByTitle(
    ids['henan-edu']!,
    '2027年河南省普通高考报名时间及有关事项安排',
  );
  const publication = notice ? await repo.findPublicationOfArticle(notice.id) : undefined;
  if (publication) {
    await sendStaffMessage(conv, {
      conversationId: q1,
      accountId: ids['henan-edu']!,
      staff: eduResponder,
      input: { clientId: 'demo-conv-edu-1-b', kind: 'articles', publicationIds: [publication.id] },
      now: t1 + 43 * MINUTE,
    });
  }

  // Waiting and assigned, well inside its deadline.
  const c2 = await citizen(CITIZENS[1]!, ['henan-edu']);
  const q2 = await ask(
    'henan-edu',
    c2,
    'edu-2',
    '孩子从外省转学回河南读初二，需要开具哪些证明？学籍怎么转？',
    now - 3 * HOUR,
  );
  await assignConversation(conv, {
    conversationId: q2,
    accountId: ids['henan-edu']!,
    actor: await user('henan-edu-admin'),
    assigneeId: eduResponder.userId,
    now: now - 2 * HOUR,
  });

  // Overdue: asked 26 hours ago under the default 24-hour target; its clock's jobs are due.
  const c3 = await citizen(CITIZENS[2]!, ['henan-edu']);
  const q3 = await ask(
    'henan-edu',
    c3,
    'edu-3',
    '我们学校寒假组织有偿补课，每人收费两千元，想反映一下这个情况。',
    now - 26 * HOUR,
  );
  if ((await repo.listNotes(q3)).length === 0)
    await addNote(repo, {
      conversationId: q3,
      accountId: ids['henan-edu']!,
      authorId: eduResponder.userId,
      text: '已电话联系所在市教育局核实，待对方回复后答复群众。',
      now: now - 20 * HOUR,
    });

  // 信阳市公安局: unassigned, just arrived; and an older one that was answered and closed.
  const c4 = await citizen(CITIZENS[3]!, ['xinyang-police', 'xinyang-letters', 'xinyang-traffic']);
  await ask(
    'xinyang-police',
    c4,
    'police-1',
    '身份证丢了，人在外地打工，可以在当地补办吗？',
    now - 25 * MINUTE,
  );
  const policeResponder = await user('xinyang-police-responder');
  const c5 = await citizen(CITIZENS[4]!, ['xinyang-police']);
  const q5 = await ask('xinyang-police', c5, 'police-2', '请问户口迁移需要本人到场吗？', now - 4 * 24 * HOUR);
  await answer(
    'xinyang-police',
    q5,
    policeResponder,
    'police-2-a',
    '您好，户口迁移一般需本人携带身份证、户口簿到迁入地派出所办理，部分业务已支持网上预约。',
    now - 4 * 24 * HOUR + 2 * HOUR,
  );
  const closing = await repo.findConversation(q5);
  if (closing?.status === 'open')
    await closeConversation(conv, {
      conversationId: q5,
      accountId: ids['xinyang-police']!,
      actor: policeResponder,
      accountName: DEMO_ACCOUNTS.find((a) => a.handle === 'xinyang-police')!.name,
      now: now - 3 * 24 * HOUR,
    });

  // 信阳市信访局 → 信阳交警: a traffic-light complaint belongs with the traffic police.
  const q6 = await ask(
    'xinyang-letters',
    c4,
    'letters-1',
    '羊山新区新七大道与新二十四街路口红灯时间太长，早高峰经常排到上一个路口，建议调整。',
    now - 5 * HOUR,
  );
  const moving = await repo.findConversation(q6);
  if (moving && moving.account_id === ids['xinyang-letters'])
    await transferConversation(conv, {
      conversationId: q6,
      accountId: ids['xinyang-letters']!,
      actor: await user('xinyang-letters-responder'),
      toAccountId: ids['xinyang-traffic']!,
      note: '路口信号配时属交警部门职责，请协助核实调整。',
      now: now - 4 * HOUR,
    });

  const canned = CannedRepliesRepository.of(deps.database);
  for (const [handle, items] of Object.entries(DEMO_CANNED)) {
    const accountId = ids[handle]!;
    if ((await canned.count(accountId)) > 0) continue;
    const actorId = await userId(`${handle}-admin`);
    for (const input of items) await createCannedReply(canned, { accountId, actorId, now, input });
  }
  await writeMeta(deps.database, SEEDED_KEY, new Date(now).toISOString());
}

/** `<handle>-responder` on every demo account (new installations get them from seed.ts too). */
async function ensureResponders(deps: AppDeps): Promise<void> {
  const staff = StaffRepository.of(deps.database);
  const accounts = AccountsRepository.of(deps.database);
  const now = deps.clock.now();
  let hash: string | null = null;
  for (const demo of DEMO_ACCOUNTS) {
    const account = await accounts.findByHandle(demo.handle);
    if (!account) continue;
    const username = `${demo.handle}-responder`;
    let user = await staff.findUserByUsername(username);
    if (!user) {
      hash ??= await hashPassword(DEMO_PASSWORD);
      const id = await staff.insertUser({
        username,
        displayName: `${demo.name}·客服`,
        passwordHash: hash,
        now,
      });
      user = (await staff.findUserById(id))!;
    }
    if ((await staff.memberRoles(account.id, user.id)).includes('responder')) continue;
    const userId = user.id;
    await staff.transaction(async (tx) => {
      await tx.grantRoles(account.id, userId, ['responder'], now);
      await tx.audit({
        at: now,
        actorKind: 'system',
        actorId: null,
        accountId: account.id,
        action: 'staff.roles_granted',
        target: `staff:${userId}`,
        details: { granted: ['responder'] },
      });
    });
  }
}
