/**
 * Test helpers of casework: a case inserted as filing leaves it (handling participant, clock
 * started, 'received' event), signed-in staff, and the console API as the browser calls it.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import type { StaffRole } from '../../db/schema.js';
import type { CaseKind } from '../../db/tables/cases.js';
import type { AppDeps } from '../../deps.js';
import { buildStaff, sessionHeaders } from '../../test/factories.js';
import { caseDeadlines, nextClockStep } from '../cases/clock.js';
import { appendCaseEvent, trackingNumber } from '../cases/events.js';
import { EMPTY_CALENDAR } from '../responseclock/calendar.js';

type Headers = Record<string, string>;
let seq = 0;

export async function buildCategory(
  db: Database,
  o: { dueHours?: number; statementHours?: number | null; major?: boolean } = {},
): Promise<number> {
  const now = Date.now();
  const row = await db.k
    .insertInto('case_categories')
    .values({
      code: `cw-${now.toString(36)}-${++seq}`,
      parent_id: null,
      name_zh: '交通秩序',
      name_en: 'Traffic order',
      description_zh: '',
      description_en: '',
      keywords: '',
      attributes: '[]',
      due_hours: o.dueHours ?? 48,
      statement_hours: o.statementHours ?? null,
      time_basis: 'calendar',
      warn_percent: 75,
      major: o.major ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface TestCaseOptions {
  accountId: number;
  categoryId?: number;
  kind?: CaseKind;
  citizenId?: number | null;
  anonymous?: boolean;
  reportedAccountId?: number | null;
  regionCode?: string | null;
  title?: string;
  /** Filing time (default now). */
  at?: number;
  dueHours?: number;
  statementHours?: number | null;
}

/** A case as filing leaves it, in calendar time, without routing. */
export async function insertTestCase(
  db: Database,
  o: TestCaseOptions,
): Promise<{ id: number; trackingNo: string }> {
  const at = o.at ?? Date.now();
  const categoryId = o.categoryId ?? (await buildCategory(db));
  const policy = {
    dueHours: o.dueHours ?? 48,
    statementHours: o.statementHours ?? null,
    timeBasis: 'calendar' as const,
    warnPercent: 75,
  };
  const d = caseDeadlines(at, policy, EMPTY_CALENDAR);
  const next = nextClockStep(d, { statementMade: false, answered: false }, null);
  return db.k.transaction().execute(async (k) => {
    const row = await k
      .insertInto('cases')
      .values({
        tracking_no: `tmp-${randomUUID()}`,
        kind: o.kind ?? 'complaint',
        category_id: categoryId,
        filed_account_id: o.accountId,
        account_id: o.accountId,
        citizen_id: o.citizenId ?? null,
        anonymous: o.anonymous ? 1 : 0,
        reported_account_id: o.reportedAccountId ?? null,
        title: o.title ?? '路口信号灯长时间故障',
        description: '人民路与中山路交叉口信号灯已坏三天，早晚高峰拥堵严重。',
        contact_preference: 'phone',
        contact: null,
        region_code: o.regionCode === undefined ? '411502' : o.regionCode,
        address: '信阳市浉河区人民路与中山路交叉口',
        latitude: 32.1285,
        longitude: 114.0913,
        status: 'received',
        time_basis: 'calendar',
        warn_percent: 75,
        clock_started_at: at,
        warn_at: d.warnAt,
        due_at: d.dueAt,
        statement_warn_at: d.statementWarnAt,
        statement_due_at: d.statementDueAt,
        clock_stage: next?.stage ?? null,
        clock_next_at: next?.at ?? null,
        source: 'app',
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const trackingNo = trackingNumber(row.id, at);
    await k.updateTable('cases').set({ tracking_no: trackingNo }).where('id', '=', row.id).execute();
    await k
      .insertInto('case_participants')
      .values({ case_id: row.id, account_id: o.accountId, role: 'handling', since: at })
      .execute();
    await appendCaseEvent(k, {
      caseId: row.id,
      kind: 'received',
      actorKind: o.citizenId ? 'citizen' : 'system',
      actorId: o.citizenId ?? null,
      accountId: o.accountId,
      public: true,
      at,
    });
    return { id: row.id, trackingNo };
  });
}

export async function signedInStaff(
  db: Database,
  deps: AppDeps,
  opts: {
    roles?: Array<[number, StaffRole]>;
    isPlatformAdmin?: boolean;
    supervisorRegion?: string | null;
  } = {},
) {
  const u = await buildStaff(db, opts);
  return { id: u.id, headers: { ...(await sessionHeaders(deps.sessions, 'staff', u.id)) } as Headers };
}

export function caseworkApi(app: FastifyInstance) {
  const url = (accountId: number, caseId?: number, rest = '') =>
    `/api/console/accounts/${accountId}/cases${caseId ? `/${caseId}` : ''}${rest}`;
  const post = (headers: Headers, u: string, payload: Record<string, unknown> = {}) =>
    app.inject({ method: 'POST', url: u, headers, payload });
  return {
    list(headers: Headers, accountId: number, query = '') {
      return app.inject({ method: 'GET', url: `${url(accountId)}${query}`, headers });
    },
    get(headers: Headers, accountId: number, caseId: number) {
      return app.inject({ method: 'GET', url: url(accountId, caseId), headers });
    },
    attachment(headers: Headers, accountId: number, caseId: number, id: number, thumb = false) {
      return app.inject({
        method: 'GET',
        url: url(accountId, caseId, `/attachments/${id}${thumb ? '?thumb=1' : ''}`),
        headers,
      });
    },
    accept: (h: Headers, a: number, c: number) => post(h, url(a, c, '/accept')),
    progress: (h: Headers, a: number, c: number, note = '已派员现场核查') =>
      post(h, url(a, c, '/progress'), { note }),
    answer: (
      h: Headers,
      a: number,
      c: number,
      body = '信号灯已修复，感谢您的反映。',
      attachmentIds: number[] = [],
    ) => post(h, url(a, c, '/answer'), { body, attachmentIds }),
    close: (h: Headers, a: number, c: number) => post(h, url(a, c, '/close')),
    statement: (h: Headers, a: number, c: number, body = '我局已关注此事，正在核查。') =>
      post(h, url(a, c, '/statement'), { body }),
    note: (h: Headers, a: number, c: number, body = '请交通科跟进') => post(h, url(a, c, '/notes'), { body }),
    transfer: (h: Headers, a: number, c: number, toAccountId: number, reason = '属交警部门职责') =>
      post(h, url(a, c, '/transfer'), { toAccountId, reason }),
    assist: (h: Headers, a: number, c: number, toAccountId: number, request = '请协助提供路口监控') =>
      post(h, url(a, c, '/assists'), { toAccountId, request }),
    assistMessage: (h: Headers, a: number, c: number, assistId: number, body: string) =>
      post(h, url(a, c, `/assists/${assistId}/messages`), { body }),
    closeAssist: (h: Headers, a: number, c: number, assistId: number) =>
      post(h, url(a, c, `/assists/${assistId}/close`)),
    targets(headers: Headers, q = '') {
      return app.inject({
        method: 'GET',
        url: `/api/console/case-targets?q=${encodeURIComponent(q)}`,
        headers,
      });
    },
    upload(headers: Headers, accountId: number, payload: Buffer, contentType: string) {
      return app.inject({
        method: 'POST',
        url: `/api/console/accounts/${accountId}/case-attachments`,
        headers: { ...headers, 'content-type': contentType },
        payload,
      });
    },
  };
}
