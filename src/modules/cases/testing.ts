/** Test helpers of cases: the default taxonomy, rules and regions a test needs. */
import type { Database } from '../../db/database.js';
import { ensureRegion } from '../../test/factories.js';
import { seedDefaultTaxonomy } from './taxonomy.js';

/** The default taxonomy (idempotent) and its ids by code. */
export function taxonomy(db: Database): Promise<Map<string, number>> {
  return seedDefaultTaxonomy(db.k, Date.now());
}

/** 信阳 and 郑州 regions down to a district, for routing tests. */
export async function henanRegions(db: Database): Promise<void> {
  await ensureRegion(db, '410000', '河南省');
  await ensureRegion(db, '410100', '郑州市');
  await ensureRegion(db, '410105', '金水区');
  await ensureRegion(db, '411500', '信阳市');
  await ensureRegion(db, '411502', '浉河区');
}

export async function routingRule(
  db: Database,
  categoryId: number,
  regionPrefix: string,
  accountId: number,
): Promise<number> {
  const row = await db.k
    .insertInto('case_routing_rules')
    .values({
      category_id: categoryId,
      region_prefix: regionPrefix,
      account_id: accountId,
      created_by: null,
      created_at: Date.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What an answer leaves on a case (the console's answer action is another module's). */
export async function answerDirectly(
  db: Database,
  caseId: number,
  at: number,
  body = '已办理，答复如下。',
): Promise<void> {
  await db.k
    .updateTable('cases')
    .set({
      status: 'answered',
      answer: body,
      answered_at: at,
      first_answered_at: at,
      answered_on_time: 1,
      clock_stage: null,
      clock_next_at: null,
      updated_at: at,
    })
    .where('id', '=', caseId)
    .execute();
  await db.k
    .insertInto('case_events')
    .values({
      case_id: caseId,
      kind: 'answered',
      actor_kind: 'staff',
      actor_id: null,
      account_id: null,
      to_account_id: null,
      public: 1,
      body,
      data: null,
      created_at: at,
    })
    .execute();
}
