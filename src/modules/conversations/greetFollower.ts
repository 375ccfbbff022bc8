/**
 * The greeting on follow (WeChat's 被关注回复): the account's greeting, if it has one, is
 * delivered as automatic messages into the citizen's conversation with the account. Runs in
 * the follow's own transaction, so a follow and its greeting commit together. No clock
 * starts: nobody asked anything yet, and the conversation stays out of the inbox until the
 * citizen writes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';
import { announceMessage } from './announce.js';
import { chooseAutoReply, storeAutoReplies } from './autoReply.js';
import { ConversationsRepository } from './repository.js';

/** Answers how many greeting messages were delivered (the caller kicks the outbox after commit). */
export async function greetFollower(
  trx: Kysely<Schema>,
  database: Database,
  props: { accountId: number; citizenId: number; now: number },
): Promise<number> {
  const { accountId, citizenId, now } = props;
  const repo = new ConversationsRepository(trx, database.dialect);
  const account = await repo.findAccount(accountId);
  if (!account || account.status !== 'active') return 0;
  const chosen = await chooseAutoReply(repo, database, {
    accountId,
    citizenId,
    input: { kind: 'event', event: 'subscribe' },
    now,
  });
  if (!chosen) return 0;
  const conversation = await repo.openConversation(accountId, citizenId, now);
  const stored = await storeAutoReplies(repo, conversation, chosen, {
    accountName: account.name,
    replyToId: null,
    now,
  });
  for (const m of stored.messages) await announceMessage(repo, now, stored.conversation, m);
  return stored.messages.length;
}
