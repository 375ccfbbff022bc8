/** Deleting a keyword rule: its keywords go with it, the version bump and audit entry in the same transaction. */
import { AppError } from '../../infra/errors.js';
import type { AutoRepliesRepository } from './repository.js';

export async function deleteRule(
  repo: AutoRepliesRepository,
  props: { accountId: number; ruleId: number; actorId: number | null; now: number },
): Promise<void> {
  await repo.transaction(async (tx) => {
    const rule = await tx.findRule(props.accountId, props.ruleId);
    if (!rule) throw new AppError('AUTOREPLY_RULE_NOT_FOUND');
    await tx.bumpVersion(props.accountId, props.now);
    await tx.deleteRule(props.accountId, props.ruleId);
    await tx.audit({
      at: props.now,
      actorKind: props.actorId === null ? 'system' : 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'autoreply.rule_deleted',
      target: `autoreply_rule:${props.ruleId}`,
      details: { name: rule.name },
    });
  });
}
