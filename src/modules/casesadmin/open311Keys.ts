/**
 * Open311 api keys, managed by platform admins through the issuing and revoking functions of
 * the Open311 module (../open311/keys.ts): the key is shown once, only its hash is kept. Also
 * the department requests go to when no routing rule claims them.
 */
import { AppError } from '../../infra/errors.js';
import { defaultOpen311Account, setDefaultOpen311Account } from '../open311/door.js';
import { issueOpen311Key, revokeOpen311Key } from '../open311/keys.js';
import { toOpen311Client } from './presenters.js';
import type { CasesAdminRepository } from './repository.js';
import type { Open311ClientT, Open311SettingsT } from './schema.js';

export async function listClients(repo: CasesAdminRepository): Promise<Open311ClientT[]> {
  return (await repo.listClients()).map(toOpen311Client);
}

export async function issueClient(
  repo: CasesAdminRepository,
  name: string,
  a: { actorId: number; now: number },
): Promise<{ client: Open311ClientT; apiKey: string }> {
  return repo.transaction(async (tx) => {
    const issued = await issueOpen311Key(tx.k, { name: name.trim(), createdBy: a.actorId, now: a.now });
    await tx.audit({
      at: a.now,
      actorKind: 'staff',
      actorId: a.actorId,
      accountId: null,
      action: 'open311_client.issued',
      target: `open311_client:${issued.id}`,
      details: { name: issued.name },
    });
    const row = await tx.findClient(issued.id);
    return { client: toOpen311Client(row!), apiKey: issued.key };
  });
}

export async function revokeClient(
  repo: CasesAdminRepository,
  id: number,
  a: { actorId: number; now: number },
): Promise<Open311ClientT> {
  return repo.transaction(async (tx) => {
    const row = await tx.findClient(id);
    if (!row) throw new AppError('OPEN311_CLIENT_NOT_FOUND');
    if (!(await revokeOpen311Key(tx.k, id, a.now))) throw new AppError('OPEN311_CLIENT_REVOKED');
    await tx.audit({
      at: a.now,
      actorKind: 'staff',
      actorId: a.actorId,
      accountId: null,
      action: 'open311_client.revoked',
      target: `open311_client:${id}`,
      details: { name: row.name },
    });
    return toOpen311Client((await tx.findClient(id))!);
  });
}

/** The default Open311 department (../open311/door.ts), with its name for the console. */
export async function getOpen311Settings(repo: CasesAdminRepository): Promise<Open311SettingsT> {
  const id = await defaultOpen311Account(repo.k);
  const account = id === null ? undefined : await repo.findAccount(id);
  return {
    defaultAccount: account
      ? { id: account.id, handle: account.handle, name: account.name, status: account.status }
      : null,
  };
}

/** Sets or clears it; only an active account can take requests (CASE_ROUTING_ACCOUNT_INACTIVE). */
export async function saveOpen311Settings(
  repo: CasesAdminRepository,
  defaultAccountId: number | null,
  a: { actorId: number; now: number },
): Promise<Open311SettingsT> {
  await repo.transaction(async (tx) => {
    if (defaultAccountId !== null) {
      const account = await tx.findAccount(defaultAccountId);
      if (!account) throw new AppError('ACCOUNT_NOT_FOUND', { field: 'defaultAccountId' });
      if (account.status !== 'active')
        throw new AppError('CASE_ROUTING_ACCOUNT_INACTIVE', { field: 'defaultAccountId' });
    }
    const before = await defaultOpen311Account(tx.k);
    await setDefaultOpen311Account(tx.k, defaultAccountId);
    await tx.audit({
      at: a.now,
      actorKind: 'staff',
      actorId: a.actorId,
      accountId: null,
      action: 'open311.default_account',
      target: null,
      details: { from: before, to: defaultAccountId },
    });
  });
  return getOpen311Settings(repo);
}
