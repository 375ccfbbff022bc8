/**
 * Reading and changing an account's messaging settings (its first-response policy). A
 * change applies to clocks started afterwards: running deadlines were computed when their
 * clock started and are not moved.
 */
import { AppError } from '../../infra/errors.js';
import { DEFAULT_POLICY, parseClockTime, type ResponsePolicy } from './policy.js';
import type { MessagingSettingsRepository } from './repository.js';

/** The account's policy, or the defaults when it never saved one. */
export async function getMessagingSettings(
  repo: MessagingSettingsRepository,
  props: { accountId: number },
): Promise<ResponsePolicy> {
  return (await repo.find(props.accountId)) ?? DEFAULT_POLICY;
}

export interface UpdateMessagingSettingsProps {
  accountId: number;
  /** Shape-checked by the route schema; the rules between fields are checked here. */
  settings: ResponsePolicy;
  actorId: number;
  now: number;
}

/** Checks the rules between fields that a schema cannot state; throws naming the field. */
export function checkPolicy(p: ResponsePolicy): void {
  if (parseClockTime(p.workingHours.end) <= parseClockTime(p.workingHours.start)) {
    throw new AppError('WORKING_HOURS_INVALID', { field: 'workingHours.end' });
  }
  if (p.warnBeforeMinutes >= p.firstResponseMinutes) {
    throw new AppError('WARNING_TOO_EARLY', { field: 'warnBeforeMinutes' });
  }
}

/** Validates and stores the policy with an audit entry `settings.messaging`; answers it as stored. */
export async function updateMessagingSettings(
  repo: MessagingSettingsRepository,
  props: UpdateMessagingSettingsProps,
): Promise<ResponsePolicy> {
  checkPolicy(props.settings);
  const { settings } = props;
  const policy: ResponsePolicy = {
    firstResponseMinutes: settings.firstResponseMinutes,
    workingHoursOnly: settings.workingHoursOnly,
    workingHours: {
      days: [...settings.workingHours.days].sort((a, b) => a - b),
      start: settings.workingHours.start,
      end: settings.workingHours.end,
    },
    warnBeforeMinutes: settings.warnBeforeMinutes,
  };
  await repo.transaction(async (tx) => {
    const before = (await tx.find(props.accountId)) ?? DEFAULT_POLICY;
    await tx.save(props.accountId, policy, props.now);
    await tx.audit({
      at: props.now,
      actorKind: 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'settings.messaging',
      target: `account:${props.accountId}`,
      details: { from: before, to: policy },
    });
  });
  return policy;
}
