/**
 * Demo cases: the default taxonomy, routing rules for traffic matters (信阳 → 信阳交警,
 * 郑州 → 郑州交警, so a traffic complaint filed at 河南省教育厅 lands with the police), and a
 * few cases in every state so the console's case pages are not empty. Filed through the real
 * use case; the later states (accepted, answered, closed, rated) are written directly with
 * their events, as the console's actions would leave them. Once per installation.
 */
import type { AppDeps } from '../deps.js';
import type { CaseEventKind } from '../db/tables/cases.js';
import { AccountsRepository } from '../modules/accounts/repository.js';
import { appendCaseEvent } from '../modules/cases/events.js';
import { fileCase, type FileCaseInput } from '../modules/cases/file.js';
import { seedDefaultTaxonomy } from '../modules/cases/taxonomy.js';
import { CitizensRepository } from '../modules/citizens/repository.js';
import { StaffRepository } from '../modules/staff/repository.js';
import { DEMO_ACCOUNTS } from './demoData.js';
import { readMeta, writeMeta } from './meta.js';

const FLAG = 'demo_cases_seeded';
const HOUR = 3_600_000;

/** category code → region prefix → account handle. */
export const DEMO_ROUTING: Array<[category: string, prefix: string, handle: string]> = [
  ['traffic', '4115', 'xinyang-traffic'],
  ['traffic-violation', '4115', 'xinyang-traffic'],
  ['traffic-congestion', '4115', 'xinyang-traffic'],
  ['traffic-public', '4115', 'xinyang-traffic'],
  ['traffic', '4101', 'zhengzhou-traffic'],
  ['traffic-violation', '4101', 'zhengzhou-traffic'],
  ['traffic-congestion', '4101', 'zhengzhou-traffic'],
  ['traffic-public', '4101', 'zhengzhou-traffic'],
];

/** The demo citizens of the conversations (19900000101…), so one sign-in shows everything. */
const CITIZEN_PHONES = ['19900000101', '19900000102', '19900000103', '19900000104'];

export async function seedDemoCases(deps: AppDeps): Promise<void> {
  if (await readMeta(deps.database, FLAG)) return;
  const k = deps.database.k;
  const now = deps.clock.now();
  const accounts = AccountsRepository.of(deps.database);
  const ids: Record<string, number> = {};
  for (const a of DEMO_ACCOUNTS) {
    const row = await accounts.findByHandle(a.handle);
    if (!row) return; // the accounts come first; try again on the next start
    ids[a.handle] = row.id;
  }
  const cats = await seedDefaultTaxonomy(k, now);
  const existingRules = await k
    .selectFrom('case_routing_rules')
    .select(['category_id', 'region_prefix'])
    .execute();
  for (const [code, prefix, handle] of DEMO_ROUTING) {
    const categoryId = cats.get(code)!;
    if (existingRules.some((r) => r.category_id === categoryId && r.region_prefix === prefix)) continue;
    await k
      .insertInto('case_routing_rules')
      .values({
        category_id: categoryId,
        region_prefix: prefix,
        account_id: ids[handle]!,
        created_by: null,
        created_at: now,
      })
      .execute();
  }

  const citizens = new CitizensRepository(deps.database);
  const people: number[] = [];
  for (const phone of CITIZEN_PHONES)
    people.push((await citizens.findOrCreateCitizen(phone, now - 30 * 24 * HOUR)).id);
  const staff = StaffRepository.of(deps.database);
  const responder = async (handle: string) =>
    (await staff.findUserByUsername(`${handle}-responder`))?.id ?? null;

  const file = (
    over: Partial<FileCaseInput> & Pick<FileCaseInput, 'accountId' | 'title' | 'description'>,
    hoursAgo: number,
  ) =>
    fileCase(deps.database, {
      kind: 'complaint',
      categoryId: cats.get('other')!,
      citizenId: people[0]!,
      contactPreference: 'message',
      ...over,
      now: now - hoursAgo * HOUR,
    });
  const event = (
    caseId: number,
    kind: CaseEventKind,
    accountId: number,
    actorId: number | null,
    at: number,
    body?: string,
  ) =>
    appendCaseEvent(k, {
      caseId,
      kind,
      actorKind: actorId === null ? 'system' : 'staff',
      actorId,
      accountId,
      public: true,
      body: body ?? null,
      at,
    });
  const accept = async (caseId: number, accountId: number, at: number) => {
    await k
      .updateTable('cases')
      .set({ status: 'accepted', updated_at: at })
      .where('id', '=', caseId)
      .execute();
    await event(caseId, 'accepted', accountId, await responderOf(accountId), at);
  };
  const handles = Object.fromEntries(Object.entries(ids).map(([h, id]) => [id, h]));
  const responderOf = (accountId: number) => responder(handles[accountId]!);
  const answer = async (caseId: number, accountId: number, at: number, body: string) => {
    const row = await k
      .selectFrom('cases')
      .select(['due_at'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    const by = await responderOf(accountId);
    await k
      .updateTable('cases')
      .set({
        status: 'answered',
        answer: body,
        answered_at: at,
        answered_by: by,
        first_answered_at: at,
        answered_on_time: at <= row.due_at ? 1 : 0,
        clock_stage: null,
        clock_next_at: null,
        updated_at: at,
      })
      .where('id', '=', caseId)
      .execute();
    await event(caseId, 'answered', accountId, by, at, body);
  };

  // 1. The "wrong door": a traffic complaint in 信阳 filed at the Department of Education, routed.
  await file(
    {
      accountId: ids['henan-edu']!,
      categoryId: cats.get('traffic-violation')!,
      regionCode: '411502',
      address: '信阳市浉河区东方红大道与新华路交叉口',
      title: '学校门口早高峰违停严重',
      description:
        '每天早上七点到八点，信阳市第九中学门口大量车辆违停在人行道和非机动车道上，学生上学只能走机动车道，非常危险，希望交警加强执法。',
      contactPreference: 'phone',
    },
    2,
  );

  // 2. A consultation the department accepted and is working on.
  const c2 = await file(
    {
      accountId: ids['henan-edu']!,
      kind: 'consultation',
      categoryId: cats.get('education')!,
      regionCode: '410105',
      title: '随迁子女在郑州入学需要哪些材料',
      description:
        '我们一家在郑州金水区工作居住三年，孩子明年上小学，户籍在信阳。请问随迁子女入学需要准备哪些材料？什么时候报名？',
    },
    20,
  );
  await accept(c2.id, c2.account_id, now - 18 * HOUR);
  await k.updateTable('cases').set({ status: 'in_progress' }).where('id', '=', c2.id).execute();
  await event(c2.id, 'in_progress', c2.account_id, await responderOf(c2.account_id), now - 17 * HOUR);

  // 3. Answered (the citizen can still rate it or reopen it).
  const c3 = await file(
    {
      accountId: ids['zhengzhou-traffic']!,
      citizenId: people[1]!,
      categoryId: cats.get('traffic-congestion')!,
      regionCode: '410105',
      address: '郑州市金水区花园路与农业路交叉口',
      title: '花园路农业路口信号灯配时不合理',
      description: '晚高峰花园路由南向北左转绿灯只有十几秒，每次都要排三四个周期才能通过，建议优化配时。',
    },
    40,
  );
  await accept(c3.id, c3.account_id, now - 38 * HOUR);
  await answer(
    c3.id,
    c3.account_id,
    now - 10 * HOUR,
    '您好，经现场调查，该路口晚高峰左转车流较大。我支队已于本周将南向北左转绿灯时长由 15 秒调整为 30 秒，并将持续观察通行效果。感谢您的反映！',
  );

  // 4. Closed and rated.
  const c4 = await file(
    {
      accountId: ids['xinyang-police']!,
      citizenId: people[2]!,
      kind: 'suggestion',
      categoryId: cats.get('government-services')!,
      regionCode: '411502',
      title: '建议户政窗口周末开放',
      description: '上班族工作日很难请假办理户籍业务，建议户政窗口周六上午开放半天，方便群众办事。',
    },
    24 * 9,
  );
  await accept(c4.id, c4.account_id, now - 24 * 9 * HOUR + 3 * HOUR);
  const answeredAt = now - 24 * 8 * HOUR;
  await answer(
    c4.id,
    c4.account_id,
    answeredAt,
    '感谢您的建议。自下月起，市区各派出所户政窗口将在每周六上午 9:00—12:00 开放。',
  );
  await k
    .updateTable('cases')
    .set({
      satisfaction: 5,
      satisfaction_comment: '回复及时，点赞！',
      rated_at: answeredAt + 2 * HOUR,
      status: 'closed',
      closed_at: answeredAt + 7 * 24 * HOUR,
    })
    .where('id', '=', c4.id)
    .execute();
  await appendCaseEvent(k, {
    caseId: c4.id,
    kind: 'rated',
    actorKind: 'citizen',
    actorId: people[2]!,
    accountId: c4.account_id,
    public: true,
    data: { score: 5 },
    at: answeredAt + 2 * HOUR,
  });
  await event(c4.id, 'closed', c4.account_id, null, answeredAt + 7 * 24 * HOUR);

  // 5. Overdue: received three days ago and never accepted (the clock sweep warns and escalates it).
  await file(
    {
      accountId: ids['xinyang-traffic']!,
      citizenId: people[3]!,
      categoryId: cats.get('traffic-public')!,
      regionCode: '411502',
      title: '12 路公交车经常不按站停车',
      description: '12 路公交车在羊山新区段多次不按站停车，乘客在站台招手也不停，希望管理部门核实处理。',
    },
    72,
  );

  // 6. An anonymous report about one department, handled by another (the reported unit never sees it).
  await file(
    {
      accountId: ids['xinyang-letters']!,
      citizenId: people[3]!,
      kind: 'report',
      anonymous: true,
      reportedAccountId: ids['xinyang-justice']!,
      categoryId: cats.get('government-services')!,
      regionCode: '411502',
      title: '某窗口工作人员办事推诿',
      description:
        '在法律援助窗口申请援助时，工作人员多次以材料不全为由推诿，却不一次性告知需要补充哪些材料。',
      contactPreference: 'none',
    },
    5,
  );

  await writeMeta(deps.database, FLAG, new Date(now).toISOString());
}
