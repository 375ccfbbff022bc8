/**
 * Canned replies: an account's ready-made answers the console inserts into the reply box.
 * Responders read them; admins write them. Every change is audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import { appendAudit } from '../../infra/audit.js';
import { AppError } from '../../infra/errors.js';
import type { CannedReplyT } from './payloads.js';

export const CANNED_TITLE_MAX = 50;
export const CANNED_TEXT_MAX = 2000;
/** Enough for every recurring question of a department; beyond that, search is the tool. */
export const CANNED_PER_ACCOUNT = 200;

export class CannedRepliesRepository {
  constructor(
    private readonly k: Kysely<Schema>,
    private readonly dialect: DialectName,
  ) {}

  static of(database: Database): CannedRepliesRepository {
    return new CannedRepliesRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: CannedRepliesRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new CannedRepliesRepository(trx, this.dialect)));
  }

  list(accountId: number) {
    return this.k
      .selectFrom('canned_replies')
      .select(['id', 'title', 'text'])
      .where('account_id', '=', accountId)
      .orderBy('title')
      .orderBy('id')
      .execute();
  }

  async count(accountId: number): Promise<number> {
    const row = await this.k
      .selectFrom('canned_replies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  insert(accountId: number, title: string, text: string, actorId: number, now: number) {
    return this.k
      .insertInto('canned_replies')
      .values({ account_id: accountId, title, text, created_by: actorId, created_at: now, updated_at: now })
      .returning(['id', 'title', 'text'])
      .executeTakeFirstOrThrow();
  }

  update(accountId: number, id: number, title: string, text: string, now: number) {
    return this.k
      .updateTable('canned_replies')
      .set({ title, text, updated_at: now })
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .returning(['id', 'title', 'text'])
      .executeTakeFirst();
  }

  async delete(accountId: number, id: number): Promise<boolean> {
    const res = await this.k
      .deleteFrom('canned_replies')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  }

  audit(entry: Parameters<typeof appendAudit>[2]): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }
}

interface CannedProps {
  accountId: number;
  actorId: number;
  now: number;
}

function clean(input: { title: string; text: string }): { title: string; text: string } {
  const title = input.title.trim();
  const text = input.text.trim();
  if (title === '' || [...title].length > CANNED_TITLE_MAX)
    throw new AppError('VALIDATION_FAILED', { field: 'title' });
  if (text === '') throw new AppError('MESSAGE_EMPTY', { field: 'text' });
  if ([...text].length > CANNED_TEXT_MAX) throw new AppError('MESSAGE_TOO_LONG', { field: 'text' });
  return { title, text };
}

export function createCannedReply(
  repo: CannedRepliesRepository,
  props: CannedProps & { input: { title: string; text: string } },
): Promise<CannedReplyT> {
  const { title, text } = clean(props.input);
  return repo.transaction(async (tx) => {
    if ((await tx.count(props.accountId)) >= CANNED_PER_ACCOUNT)
      throw new AppError('CANNED_REPLIES_FULL', { details: { limit: CANNED_PER_ACCOUNT } });
    const row = await tx.insert(props.accountId, title, text, props.actorId, props.now);
    await tx.audit(entry(props, 'canned_reply.created', row.id, { title }));
    return row;
  });
}

export function updateCannedReply(
  repo: CannedRepliesRepository,
  props: CannedProps & { id: number; input: { title: string; text: string } },
): Promise<CannedReplyT> {
  const { title, text } = clean(props.input);
  return repo.transaction(async (tx) => {
    const row = await tx.update(props.accountId, props.id, title, text, props.now);
    if (!row) throw new AppError('CANNED_REPLY_NOT_FOUND');
    await tx.audit(entry(props, 'canned_reply.updated', row.id, { title }));
    return row;
  });
}

export function deleteCannedReply(
  repo: CannedRepliesRepository,
  props: CannedProps & { id: number },
): Promise<void> {
  return repo.transaction(async (tx) => {
    if (!(await tx.delete(props.accountId, props.id))) throw new AppError('CANNED_REPLY_NOT_FOUND');
    await tx.audit(entry(props, 'canned_reply.deleted', props.id, {}));
  });
}

function entry(props: CannedProps, action: string, id: number, details: Record<string, unknown>) {
  return {
    at: props.now,
    actorKind: 'staff' as const,
    actorId: props.actorId,
    accountId: props.accountId,
    action,
    target: `canned_reply:${id}`,
    details,
  };
}
