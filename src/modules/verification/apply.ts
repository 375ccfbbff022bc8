/**
 * The account's side of an application: apply (with the credit code, the letter and the
 * operator's contact), edit while open — a resubmission after "changes requested" puts it
 * back in the queue —, withdraw. Account admins only (the routes check the role).
 */
import { AppError } from '../../infra/errors.js';
import type { VerificationKind } from '../../db/tables/verification.js';
import { checkCreditCode } from './creditCode.js';
import { notifyPlatformAdmins } from './notify.js';
import {
  OPEN_STATUSES,
  type ApplicationRow,
  type VerificationRepository,
  type VerifiedAccount,
} from './repository.js';

export interface ApplicationInput {
  /** The verified name asked for; on approval it becomes the account's name as well. */
  requestedName: string;
  creditCode: string;
  letterId: number;
  operatorName: string;
  operatorPhone: string;
}

/** Checks what can be checked without a person and returns the columns to store. */
export async function checkApplicationInput(
  repo: VerificationRepository,
  account: VerifiedAccount,
  input: ApplicationInput,
) {
  const code = checkCreditCode(input.creditCode);
  if (!code.ok)
    throw new AppError(code.problem, {
      field: 'creditCode',
      details: code.position ? { position: code.position } : undefined,
    });
  const letter = await repo.findLetter(input.letterId);
  if (!letter || letter.account_id !== account.id)
    throw new AppError('VERIFICATION_LETTER_REQUIRED', { field: 'letterId' });
  const requestedName = input.requestedName.trim();
  if (await repo.nameHolder(requestedName, account.id))
    throw new AppError('VERIFIED_NAME_TAKEN', { field: 'requestedName' });
  return {
    requested_name: requestedName,
    credit_code: code.code,
    letter_id: letter.id,
    operator_name: input.operatorName.trim(),
    operator_phone: input.operatorPhone.trim(),
  };
}

/** initial: never verified; renewal: verified now or before (a lapsed badge is renewed too). */
export function kindFor(account: VerifiedAccount): VerificationKind {
  return account.verified_at !== null ? 'renewal' : 'initial';
}

async function announce(
  repo: VerificationRepository,
  now: number,
  account: VerifiedAccount,
  app: ApplicationRow,
  again: boolean,
) {
  const admins = await repo.platformAdmins();
  await notifyPlatformAdmins(repo.k, now, admins, {
    accountId: account.id,
    applicationId: app.id,
    title: again
      ? { zh: '认证申请已重新提交', en: 'Verification application resubmitted' }
      : { zh: '新的认证申请', en: 'New verification application' },
    body: {
      zh: `${account.name}：申请认证为“${app.requested_name}”`,
      en: `${account.name} asks to be verified as "${app.requested_name}"`,
    },
  });
}

export async function applyForVerification(
  repo: VerificationRepository,
  props: {
    accountId: number;
    actorId: number;
    now: number;
    input: ApplicationInput;
    kind?: VerificationKind;
  },
): Promise<ApplicationRow> {
  const { now, actorId } = props;
  return repo.transaction(async (tx) => {
    const account = await tx.lockAccount(props.accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    if (await tx.openApplication(account.id)) throw new AppError('VERIFICATION_ALREADY_OPEN');
    const fields = await checkApplicationInput(tx, account, props.input);
    const app = await tx.insertApplication({
      account_id: account.id,
      kind: props.kind ?? kindFor(account),
      status: 'pending',
      ...fields,
      applied_by: actorId,
      created_at: now,
      updated_at: now,
      submitted_at: now,
      decided_at: null,
      decided_by: null,
    });
    await tx.addEvent(app.id, now, actorId, 'submitted');
    await tx.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId: account.id,
      action: 'verification.applied',
      target: `verification:${app.id}`,
      details: { kind: app.kind, requestedName: app.requested_name, creditCode: app.credit_code },
    });
    await announce(tx, now, account, app, false);
    return app;
  });
}

/**
 * Edits an open application. After "changes requested" the edit is the resubmission: the
 * application is pending again, at the back of the queue, with the applicant's note.
 */
export async function editApplication(
  repo: VerificationRepository,
  props: {
    accountId: number;
    applicationId: number;
    actorId: number;
    now: number;
    input: ApplicationInput;
    note?: string;
  },
): Promise<ApplicationRow> {
  const { now, actorId } = props;
  return repo.transaction(async (tx) => {
    const app = await tx.findApplication(props.applicationId);
    if (!app || app.account_id !== props.accountId) throw new AppError('VERIFICATION_NOT_FOUND');
    const account = (await tx.lockAccount(app.account_id))!;
    // A rename application's name is the requested new account name: it is not edited here.
    const input = app.kind === 'rename' ? { ...props.input, requestedName: app.requested_name } : props.input;
    const fields = await checkApplicationInput(tx, account, input);
    const resubmitted = app.status === 'changes_requested';
    const moved = await tx.transition(app.id, OPEN_STATUSES, {
      ...fields,
      status: 'pending',
      updated_at: now,
      ...(resubmitted ? { submitted_at: now } : {}),
    });
    if (!moved) throw new AppError('VERIFICATION_STATE');
    await tx.addEvent(app.id, now, actorId, 'resubmitted', props.note?.trim() ?? '');
    await tx.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId: app.account_id,
      action: 'verification.resubmitted',
      target: `verification:${app.id}`,
      details: { requestedName: fields.requested_name, creditCode: fields.credit_code },
    });
    const updated = (await tx.findApplication(app.id))!;
    if (resubmitted) await announce(tx, now, account, updated, true);
    return updated;
  });
}

export async function withdrawApplication(
  repo: VerificationRepository,
  props: { accountId: number; applicationId: number; actorId: number; now: number },
): Promise<ApplicationRow> {
  const { now, actorId } = props;
  return repo.transaction(async (tx) => {
    const app = await tx.findApplication(props.applicationId);
    if (!app || app.account_id !== props.accountId) throw new AppError('VERIFICATION_NOT_FOUND');
    if (
      !(await tx.transition(app.id, OPEN_STATUSES, { status: 'withdrawn', updated_at: now, decided_at: now }))
    )
      throw new AppError('VERIFICATION_STATE');
    await tx.addEvent(app.id, now, actorId, 'withdrawn');
    await tx.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId: app.account_id,
      action: 'verification.withdrawn',
      target: `verification:${app.id}`,
    });
    return (await tx.findApplication(app.id))!;
  });
}
