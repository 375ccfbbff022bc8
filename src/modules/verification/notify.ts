/**
 * Who hears about an application, in the caller's transaction: the account's admins about
 * decisions, expiry and lapse; every platform admin about a new or resubmitted application.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';
import { notifyAccountStaff, notifyStaffUser, type NewNotification } from '../notifications/notify.js';

type Text = { zh: string; en: string };

export function accountVerificationLink(accountId: number): string {
  return `/console/accounts/${accountId}/verification`;
}

export function reviewLink(applicationId: number): string {
  return `/console/platform/verification/${applicationId}`;
}

export async function notifyAccountAdmins(
  k: Kysely<Schema>,
  now: number,
  accountId: number,
  kind: NewNotification['kind'],
  title: Text,
  body: Text,
): Promise<number[]> {
  return notifyAccountStaff(k, now, {
    accountId,
    roles: ['admin'],
    kind,
    title,
    body,
    link: accountVerificationLink(accountId),
  });
}

export async function notifyPlatformAdmins(
  k: Kysely<Schema>,
  now: number,
  adminIds: number[],
  n: { accountId: number; applicationId: number; title: Text; body: Text },
): Promise<void> {
  for (const userId of adminIds) {
    await notifyStaffUser(k, now, userId, {
      accountId: n.accountId,
      kind: 'verification.submitted',
      title: n.title,
      body: n.body,
      link: reviewLink(n.applicationId),
    });
  }
}
