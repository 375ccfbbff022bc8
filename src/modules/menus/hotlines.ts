/**
 * An account's service phone numbers: the "hotlines" page a menu button opens, and what the
 * console edits. The schema bounds each field; here the text is tidied (trimmed, inner
 * spaces of a number collapsed) so the page shows what staff meant, and the change is audited.
 */
import { AppError } from '../../infra/errors.js';
import type { HotlineRow, MenusRepository } from './repository.js';

export const HOTLINE_LIMITS = { items: 50, name: 30, phone: 32, hours: 40 } as const;

/** Digits with the separators people write: +86 371-12345, (0376) 6228 1234, 12345. */
export const PHONE_PATTERN = '^(?=(?:\\D*\\d){3})[0-9+()\\- ]+$';

export async function listHotlines(repo: MenusRepository, accountId: number): Promise<HotlineRow[]> {
  return repo.listHotlines(accountId);
}

export async function setHotlines(
  repo: MenusRepository,
  /** `actorId` null: the system (the demo loader). */
  props: { accountId: number; items: HotlineRow[]; actorId: number | null; now: number },
): Promise<HotlineRow[]> {
  const items = props.items.map((h) => ({
    name: h.name.trim(),
    phone: h.phone.trim().replace(/\s+/g, ' '),
    hours: h.hours.trim(),
  }));
  const blank = items.findIndex((h) => h.name === '');
  if (blank >= 0) throw new AppError('VALIDATION_FAILED', { field: `items.${blank}.name` });
  return repo.transaction(async (tx) => {
    if (!(await tx.findAccount(props.accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
    await tx.replaceHotlines(props.accountId, items);
    await tx.audit({
      at: props.now,
      actorKind: props.actorId === null ? 'system' : 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'hotlines.updated',
      target: `account:${props.accountId}`,
      details: { hotlines: items.map((h) => `${h.name} ${h.phone}`) },
    });
    return tx.listHotlines(props.accountId);
  });
}
