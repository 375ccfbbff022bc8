/**
 * Creating and replacing keyword rules. Everything a rule must satisfy is checked here, for
 * the console, the demo loader and any later API alike: keyword limits, folding and regex
 * safety (prepareKeywords), replies that refer to the account's own media and publications,
 * at most 10,000 rules per account. The rule, its keywords, the rules-version bump (which
 * tells every process's engine to rebuild its index), the signature of its article cards
 * (signCards.ts) and the audit entry commit together.
 */
import { AppError } from '../../infra/errors.js';
import { requiredLiterals } from './literal.js';
import { prepareKeywords } from './prepareKeywords.js';
import { toRuleViews } from './presenters.js';
import { checkReplies } from './replies.js';
import { signReplyCards } from './signCards.js';
import type { AutoRepliesRepository, KeywordValues, RuleValues } from './repository.js';
import { LIMITS, type RuleInputT, type RuleViewT } from './schema.js';

export interface SaveRuleProps {
  accountId: number;
  input: RuleInputT;
  /** The staff member making the change, or null for the system (the demo loader). */
  actorId: number | null;
  now: number;
}

async function prepare(repo: AutoRepliesRepository, props: SaveRuleProps) {
  const keywords = await prepareKeywords(props.input.keywords);
  await checkReplies(repo, props.accountId, props.input.replies);
  const values: RuleValues = {
    name: props.input.name.trim() || props.input.name,
    priority: props.input.priority ?? 0,
    reply_mode: props.input.mode ?? 'all',
    replies_json: JSON.stringify(props.input.replies),
    enabled: props.input.enabled === false ? 0 : 1,
  };
  return { keywords, values };
}

function auditDetails(values: RuleValues, keywords: readonly KeywordValues[]) {
  return {
    name: values.name,
    priority: values.priority,
    enabled: values.enabled === 1,
    keywords: keywords.slice(0, 20).map((k) => `${k.match_type}:${k.keyword}`),
    keywordCount: keywords.length,
  };
}

async function lockAccount(tx: AutoRepliesRepository, accountId: number, now: number): Promise<void> {
  if (!(await tx.findAccount(accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
  await tx.bumpVersion(accountId, now);
}

/**
 * A regex with no literal text cannot be found through the index: it runs against every
 * message the account receives. Each is safe on its own (regexSafety.ts); a cap per account
 * keeps their sum small too. Checked after the version bump, so concurrent saves serialise.
 */
async function checkUnanchored(
  tx: AutoRepliesRepository,
  accountId: number,
  ruleId: number | null,
  keywords: readonly KeywordValues[],
): Promise<void> {
  const unanchored = (folded: string) => requiredLiterals(folded).length === 0;
  const added = keywords.filter((k) => k.match_type === 'regex' && unanchored(k.folded)).length;
  if (added === 0) return;
  const others = (await tx.regexKeywords(accountId, ruleId)).filter(unanchored).length;
  if (others + added > LIMITS.unanchoredRegexPerAccount)
    throw new AppError('AUTOREPLY_TOO_MANY_UNANCHORED_REGEX', {
      field: 'keywords',
      details: { limit: LIMITS.unanchoredRegexPerAccount, actual: others + added },
    });
}

export async function createRule(repo: AutoRepliesRepository, props: SaveRuleProps): Promise<RuleViewT> {
  const { keywords, values } = await prepare(repo, props);
  const id = await repo.transaction(async (tx) => {
    await lockAccount(tx, props.accountId, props.now);
    // Counted after the bump: on PostgreSQL the bumped settings row is locked, so two
    // concurrent creates cannot both see 9,999.
    if ((await tx.countRules(props.accountId)) >= LIMITS.rulesPerAccount)
      throw new AppError('AUTOREPLY_TOO_MANY_RULES', { details: { limit: LIMITS.rulesPerAccount } });
    await checkUnanchored(tx, props.accountId, null, keywords);
    const ruleId = await tx.insertRule(props.accountId, values, props.actorId, props.now);
    await tx.replaceKeywords(props.accountId, ruleId, keywords);
    await signReplyCards(tx, {
      accountId: props.accountId,
      ruleId,
      replies: props.input.replies,
      now: props.now,
    });
    await tx.audit({
      at: props.now,
      actorKind: props.actorId === null ? 'system' : 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'autoreply.rule_created',
      target: `autoreply_rule:${ruleId}`,
      details: auditDetails(values, keywords),
    });
    return ruleId;
  });
  return present(repo, props.accountId, id);
}

export async function updateRule(
  repo: AutoRepliesRepository,
  props: SaveRuleProps & { ruleId: number },
): Promise<RuleViewT> {
  const { keywords, values } = await prepare(repo, props);
  await repo.transaction(async (tx) => {
    await lockAccount(tx, props.accountId, props.now);
    if (!(await tx.updateRule(props.accountId, props.ruleId, values, props.now)))
      throw new AppError('AUTOREPLY_RULE_NOT_FOUND');
    await checkUnanchored(tx, props.accountId, props.ruleId, keywords);
    await tx.replaceKeywords(props.accountId, props.ruleId, keywords);
    await signReplyCards(tx, {
      accountId: props.accountId,
      ruleId: props.ruleId,
      replies: props.input.replies,
      now: props.now,
    });
    await tx.audit({
      at: props.now,
      actorKind: props.actorId === null ? 'system' : 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'autoreply.rule_updated',
      target: `autoreply_rule:${props.ruleId}`,
      details: auditDetails(values, keywords),
    });
  });
  return present(repo, props.accountId, props.ruleId);
}

export async function present(
  repo: AutoRepliesRepository,
  accountId: number,
  ruleId: number,
): Promise<RuleViewT> {
  const row = await repo.findRule(accountId, ruleId);
  if (!row) throw new AppError('AUTOREPLY_RULE_NOT_FOUND');
  return (await toRuleViews(repo, accountId, [row]))[0]!;
}
