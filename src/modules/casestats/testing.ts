/**
 * Test helpers of case statistics: cases inserted directly with exactly the columns the
 * statistics read (filing, first answer and its punctuality, rating), and the public API.
 */
import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';

let seq = 0;

export async function statsCategory(db: Database): Promise<number> {
  const code = `stats-${Date.now().toString(36)}-${++seq}`;
  const now = Date.now();
  const row = await db.k
    .insertInto('case_categories')
    .values({
      code,
      parent_id: null,
      name_zh: '统计测试',
      name_en: 'Stats test',
      description_zh: '',
      description_en: '',
      keywords: '',
      due_hours: 48,
      statement_hours: null,
      time_basis: 'calendar',
      warn_percent: 75,
      attributes: '[]',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface StatsCase {
  categoryId: number;
  accountId: number;
  /** The door; the handling account unless the case was transferred. */
  filedAccountId?: number;
  regionCode?: string | null;
  createdAt: number;
  /** Hours from filing to the first answer; omitted = not answered. */
  answeredAfterHours?: number;
  onTime?: boolean;
  satisfaction?: number;
}

export async function insertStatsCase(db: Database, c: StatsCase): Promise<number> {
  const answeredAt =
    c.answeredAfterHours === undefined ? null : c.createdAt + c.answeredAfterHours * 3_600_000;
  const row = await db.k
    .insertInto('cases')
    .values({
      tracking_no: `tmp-${crypto.randomUUID()}`,
      kind: 'complaint',
      category_id: c.categoryId,
      filed_account_id: c.filedAccountId ?? c.accountId,
      account_id: c.accountId,
      citizen_id: null,
      title: '统计测试诉求',
      description: '用于统计的测试诉求',
      contact_preference: 'none',
      region_code: c.regionCode === undefined ? '411502' : c.regionCode,
      status: answeredAt === null ? 'received' : c.satisfaction ? 'closed' : 'answered',
      time_basis: 'calendar',
      warn_percent: 75,
      clock_started_at: c.createdAt,
      warn_at: c.createdAt + 36 * 3_600_000,
      due_at: c.createdAt + 48 * 3_600_000,
      clock_next_at: answeredAt === null ? c.createdAt + 36 * 3_600_000 : null,
      clock_stage: answeredAt === null ? 'warning' : null,
      answer: answeredAt === null ? null : '已答复',
      answered_at: answeredAt,
      first_answered_at: answeredAt,
      answered_on_time: answeredAt === null ? null : (c.onTime ?? true) ? 1 : 0,
      satisfaction: c.satisfaction ?? null,
      rated_at: c.satisfaction ? (answeredAt ?? c.createdAt) + 3_600_000 : null,
      source: 'app',
      created_at: c.createdAt,
      updated_at: c.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function statsApi(app: FastifyInstance) {
  return {
    account(handle: string, query = '') {
      return app.inject({
        method: 'GET',
        url: `/api/case-stats/accounts/${encodeURIComponent(handle)}${query}`,
      });
    },
    region(code: string, query = '') {
      return app.inject({
        method: 'GET',
        url: `/api/case-stats/regions/${encodeURIComponent(code)}${query}`,
      });
    },
    accountXlsx(handle: string, query = '') {
      return app.inject({
        method: 'GET',
        url: `/api/case-stats/accounts/${encodeURIComponent(handle)}.xlsx${query}`,
      });
    },
    regionXlsx(code: string, query = '') {
      return app.inject({
        method: 'GET',
        url: `/api/case-stats/regions/${encodeURIComponent(code)}.xlsx${query}`,
      });
    },
  };
}
