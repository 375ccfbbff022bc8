/**
 * Key management by an account's admins (and platform admins; routes.ts checks who):
 *
 * - rotateKey: the current key's validity ends now and a new key becomes current. Old
 *   signatures stay valid: the old public key stays published with its validity period.
 * - revokeKey: a compromised key. Every signature it made stops being trusted — whoever holds
 *   the key can put any time into a payload, so "signed before the compromise" cannot be
 *   believed; the compromise time is recorded and shown, not used. If it was current, a new
 *   key replaces it; the `signing.resign` job then re-signs the account's live publications
 *   with the new key, so genuine content verifies again.
 */
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { enqueueJob } from '../../infra/jobs/queue.js';
import { SigningRepository, type SigningKeyRow } from './repository.js';
import { createKey, signPublication } from './sign.js';

export const REVOKE_REASON_MAX = 200;

interface Props {
  accountId: number;
  actorId: number;
  now: number;
}

export async function rotateKey(deps: { database: Database }, props: Props): Promise<SigningKeyRow> {
  const { accountId, actorId, now } = props;
  return SigningRepository.of(deps.database).transaction(async (repo) => {
    await repo.lockAccount(accountId);
    const account = await repo.findAccount(accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    if (account.verified !== 1) throw new AppError('SIGNING_NOT_VERIFIED');
    const previous = await repo.currentKey(accountId);
    if (previous) await repo.closeKey(previous.id, now);
    const key = await createKey(repo, accountId, now, actorId);
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'signing_key.rotate',
      target: `signing_key:${key.key_id}`,
      details: { previousKeyId: previous?.key_id ?? null, keyId: key.key_id },
    });
    return key;
  });
}

export async function revokeKey(
  deps: { database: Database },
  props: Props & { keyId: string; reason: string; compromisedFrom?: number | null },
): Promise<{ revoked: SigningKeyRow; replacement: SigningKeyRow | null }> {
  const { accountId, actorId, now } = props;
  const reason = props.reason.trim();
  if (!reason || [...reason].length > REVOKE_REASON_MAX)
    throw new AppError('VALIDATION_FAILED', { field: 'reason' });
  return SigningRepository.of(deps.database).transaction(async (repo) => {
    await repo.lockAccount(accountId);
    const key = await repo.keyByKeyId(props.keyId);
    if (!key || key.account_id !== accountId) throw new AppError('SIGNING_KEY_NOT_FOUND');
    if (key.revoked_at !== null) throw new AppError('SIGNING_KEY_REVOKED');
    const compromisedFrom = Math.min(Math.max(props.compromisedFrom ?? key.valid_from, key.valid_from), now);
    await repo.revokeKey(key.id, { at: now, compromisedFrom, reason, by: actorId });
    const account = await repo.findAccount(accountId);
    const wasCurrent = key.valid_until === null;
    const replacement =
      wasCurrent && account?.verified === 1 ? await createKey(repo, accountId, now, actorId) : null;
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'signing_key.revoke',
      target: `signing_key:${key.key_id}`,
      details: { keyId: key.key_id, reason, compromisedFrom, replacementKeyId: replacement?.key_id ?? null },
    });
    await enqueueJob(
      repo.k,
      { name: 'signing.resign', payload: { accountId }, runAt: now, key: `signing-resign:${accountId}` },
      now,
    );
    return {
      revoked: { ...key, revoked_at: now, compromised_from: compromisedFrom, revoked_reason: reason },
      replacement,
    };
  });
}

const RESIGN_BATCH = 100;

/**
 * Re-signs, with the account's current key, every live publication whose newest signature is
 * by a revoked key of the account; a batch per transaction. Returns how many were signed.
 */
export async function resignAccount(
  deps: { database: Database },
  accountId: number,
  now: number,
): Promise<number> {
  const repo = SigningRepository.of(deps.database);
  const revoked = (await repo.keysOfAccount(accountId))
    .filter((k) => k.revoked_at !== null)
    .map((k) => k.key_id);
  let total = 0;
  for (;;) {
    const ids = (await repo.publicationsSignedWith(accountId, revoked)).slice(0, RESIGN_BATCH);
    if (ids.length === 0) return total;
    const signed = await repo.transaction(async (tx) => {
      await tx.lockAccount(accountId);
      let n = 0;
      for (const id of ids) if (await signPublication(tx, id, now)) n++;
      return n;
    });
    total += signed;
    // An account that lost its verification meanwhile cannot sign: stop rather than loop.
    if (signed === 0) return total;
  }
}
