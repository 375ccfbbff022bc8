/**
 * Open311 api keys, managed by platform admins through the issuing and revoking functions of
 * the Open311 module (../open311/keys.ts): the key is shown once, only its hash is kept.
 */
import { AppError } from '../../infra/errors.js';
import { issueOpen311Key, revokeOpen311Key } from '../open311/keys.js';
import { toOpen311Client } from './presenters.js';
import type { CasesAdminRepository } from './repository.js';
import type { Open311ClientT } from './schema.js';

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
