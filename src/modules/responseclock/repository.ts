/** All SQL of messaging settings (the first-response policy of an account). */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type { MessagingSettingsTable } from '../../db/tables/jobs.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import type { ResponsePolicy } from './policy.js';

function toPolicy(row: Selectable<MessagingSettingsTable>): ResponsePolicy {
  return {
    firstResponseMinutes: row.first_response_minutes,
    workingHoursOnly: row.working_hours_only === 1,
    workingHours: {
      days: row.working_days
        .split(',')
        .filter((d) => d !== '')
        .map(Number),
      start: row.work_start,
      end: row.work_end,
    },
    warnBeforeMinutes: row.warn_before_minutes,
  };
}

/** The account's saved policy, or null when it never saved one. Usable inside any transaction. */
export async function findMessagingSettings(
  k: Kysely<Schema>,
  accountId: number,
): Promise<ResponsePolicy | null> {
  const row = await k
    .selectFrom('messaging_settings')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row ? toPolicy(row) : null;
}

export class MessagingSettingsRepository {
  constructor(
    private readonly k: Kysely<Schema>,
    private readonly dialect: DialectName,
  ) {}

  static of(database: Database): MessagingSettingsRepository {
    return new MessagingSettingsRepository(database.k, database.dialect);
  }

  /** Runs `fn` in one transaction: the settings and their audit entry commit together. */
  transaction<T>(fn: (repo: MessagingSettingsRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new MessagingSettingsRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  findAccount(accountId: number) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'region_code'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  find(accountId: number): Promise<ResponsePolicy | null> {
    return findMessagingSettings(this.k, accountId);
  }

  /** Inserts or replaces the account's policy. */
  async save(accountId: number, policy: ResponsePolicy, now: number): Promise<void> {
    const values = {
      first_response_minutes: policy.firstResponseMinutes,
      working_hours_only: policy.workingHoursOnly ? 1 : 0,
      working_days: policy.workingHours.days.join(','),
      work_start: policy.workingHours.start,
      work_end: policy.workingHours.end,
      warn_before_minutes: policy.warnBeforeMinutes,
      updated_at: now,
    };
    await this.k
      .insertInto('messaging_settings')
      .values({ account_id: accountId, ...values })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
      .execute();
  }
}
