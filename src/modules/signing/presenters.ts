/** How signatures, keys and verifications appear in answers (docs/API.md "Signed content"). */
import type { ContentSignature } from '../../shared/realtime.js';
import { toAccountCard, type AccountCardRow } from '../accounts/card.js';
import { parsePayload } from './canonical.js';
import { formatCode } from './code.js';
import { formatFingerprint } from './keys.js';
import type { SignatureRow, SigningKeyRow } from './repository.js';
import { toBundle, type Verification } from './verify.js';

export function verifyPath(code: string): string {
  return `/v/${code}`;
}

export function toContentSignature(row: SignatureRow | null | undefined): ContentSignature | null {
  if (!row) return null;
  return {
    code: row.code,
    keyId: row.key_id,
    algorithm: 'Ed25519',
    value: row.signature,
    signedAt: row.signed_at,
    url: verifyPath(row.code),
  };
}

type KeyFields = Pick<
  SigningKeyRow,
  | 'key_id'
  | 'public_key'
  | 'valid_from'
  | 'valid_until'
  | 'revoked_at'
  | 'compromised_from'
  | 'revoked_reason'
>;

export function toPublicKey(row: KeyFields) {
  return {
    keyId: row.key_id,
    algorithm: 'Ed25519' as const,
    publicKey: row.public_key,
    fingerprint: formatFingerprint(row.key_id),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    revokedAt: row.revoked_at,
    compromisedFrom: row.compromised_from,
    revocationReason: row.revoked_reason,
  };
}

export function toPublishedKey(
  row: KeyFields & { account_id: number; handle: string; verified_name: string | null; name: string },
) {
  return {
    ...toPublicKey(row),
    account: { id: row.account_id, handle: row.handle, name: row.verified_name ?? row.name },
  };
}

export function toKeyAdmin(row: SigningKeyRow) {
  return {
    ...toPublicKey(row),
    createdAt: row.created_at,
    current: row.valid_until === null && row.revoked_at === null,
  };
}

export function toVerification(
  v: Verification,
  account: (AccountCardRow & { verified_name: string | null }) | null,
) {
  const sig = v.signature;
  const payload = sig ? parsePayload(sig.payload) : null;
  const withdrawn = v.status === 'withdrawn';
  const p = v.publication;
  return {
    status: v.status,
    code: sig ? formatCode(sig.code) : null,
    subject: sig
      ? { kind: sig.subject_kind, id: sig.subject_id }
      : p
        ? { kind: 'article' as const, id: p.id }
        : null,
    article:
      p && !withdrawn
        ? {
            id: p.id,
            slug: p.slug,
            title: p.title,
            url: `/a/${p.slug}`,
            publishedAt: p.published_at,
            revisedAt: p.revised_at,
          }
        : p
          ? {
              id: p.id,
              slug: p.slug,
              title: null,
              url: `/a/${p.slug}`,
              publishedAt: p.published_at,
              revisedAt: p.revised_at,
            }
          : null,
    withdrawnAt: p?.withdrawn_at ?? null,
    publisher: account
      ? { ...toAccountCard(account), verifiedName: payload?.publisher.verifiedName ?? account.verified_name }
      : null,
    signedAt: sig?.signed_at ?? null,
    version: sig?.version ?? null,
    signatureValid: v.signatureValid,
    key: v.key ? toPublicKey(v.key) : null,
    differences: v.differences,
    copy: v.copy,
    // The signed text is only handed out while the publication is public.
    bundle: sig && !withdrawn && v.signatureValid ? toBundle(sig) : null,
  };
}
