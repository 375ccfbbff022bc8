/**
 * Verifying signed content, the public check behind the verification page and API.
 *
 * A signature is trusted when (1) its stored payload verifies under the key it names, and
 * that key is the account's published key, and (2) the key is not revoked. The content is
 * intact when, in addition, the publication's live content (what the public page serves now)
 * equals the signed content field by field; otherwise it was altered after signing (the
 * database, not the account, changed it). A withdrawn publication verifies as withdrawn.
 * A copy (pasted text or a downloaded bundle) is checked against the signed content too.
 */
import {
  htmlToText,
  compareCopy,
  diffContent,
  type CopyDifference,
  type FieldDifference,
} from './compare.js';
import { parsePayload, type Canonical } from './canonical.js';
import { verifyText } from './keys.js';
import type { Lookup } from './lookup.js';
import type { LivePublication, SignatureRow, SigningKeyRow, SigningRepository } from './repository.js';
import { publicationContent } from './sign.js';

export type VerificationStatus =
  'intact' | 'altered' | 'revoked' | 'withdrawn' | 'not_found' | 'not_signed' | 'suspended';

/**
 * The publisher's standing overrides a good signature: content of an account the platform
 * suspended (a fake found out, a compromised account) or holds for name review is not vouched
 * for, however genuine its signature.
 */
export function withPublisherStanding<V extends { status: VerificationStatus }>(
  v: V,
  publisher: { status: string } | null,
): V {
  if (!publisher || publisher.status === 'active' || v.status === 'not_found') return v;
  return { ...v, status: 'suspended' };
}

export interface CopyCheck {
  kind: 'text' | 'bundle';
  matches: boolean;
  /** bundle: why it does not match. */
  reason: 'bad_signature' | 'superseded' | 'different' | null;
  differences: CopyDifference[];
}

export interface Verification {
  status: VerificationStatus;
  publication: LivePublication | null;
  signature: SignatureRow | null;
  key: SigningKeyRow | null;
  /** Live content differing from the signed content (status `altered`). */
  differences: FieldDifference[];
  /** The stored signature itself does not verify (the stored payload was changed). */
  signatureValid: boolean;
  copy: CopyCheck | null;
}

export interface SignedBundle {
  format: string;
  algorithm: 'Ed25519';
  keyId: string;
  payload: string;
  signature: string;
}

export function toBundle(sig: SignatureRow): SignedBundle {
  return {
    format: 'zhengwei-bundle/1',
    algorithm: 'Ed25519',
    keyId: sig.key_id,
    payload: sig.payload,
    signature: sig.signature,
  };
}

async function findSubject(
  repo: SigningRepository,
  lookup: Lookup,
): Promise<{ publication: LivePublication | null; signature: SignatureRow | null }> {
  if (lookup.by === 'code') {
    const signature = (await repo.latestByCode(lookup.code)) ?? null;
    const publication =
      signature?.subject_kind === 'article'
        ? ((await repo.publicationById(signature.subject_id)) ?? null)
        : null;
    return { publication, signature };
  }
  const publication =
    (lookup.by === 'id'
      ? await repo.publicationById(lookup.id)
      : await repo.publicationBySlug(lookup.slug)) ?? null;
  const signature = publication ? ((await repo.latestSignature('article', publication.id)) ?? null) : null;
  return { publication, signature };
}

function payloadIsGenuine(sig: SignatureRow, key: SigningKeyRow | undefined): boolean {
  if (!key || key.account_id !== sig.account_id) return false;
  if (!verifyText(key.public_key, sig.payload, sig.signature)) return false;
  const p = parsePayload(sig.payload);
  // Inside the key's validity too: a rotated key's later "signatures" are not its owner's.
  const inValidity =
    p.signedAt >= key.valid_from && (key.valid_until === null || p.signedAt <= key.valid_until);
  return (
    inValidity &&
    p.keyId === sig.key_id &&
    p.code === sig.code &&
    p.subjectId === sig.subject_id &&
    p.kind === sig.subject_kind
  );
}

export async function verifyLookup(
  repo: SigningRepository,
  lookup: Lookup | null,
  copy?: string,
): Promise<Verification> {
  const empty: Verification = {
    status: 'not_found',
    publication: null,
    signature: null,
    key: null,
    differences: [],
    signatureValid: false,
    copy: null,
  };
  if (!lookup) return empty;
  const { publication, signature } = await findSubject(repo, lookup);
  if (!signature) {
    if (!publication) return empty;
    return { ...empty, publication, status: publication.withdrawn_at !== null ? 'withdrawn' : 'not_signed' };
  }
  const key = (await repo.keyByKeyId(signature.key_id)) ?? null;
  const signatureValid = payloadIsGenuine(signature, key ?? undefined);
  const base = { ...empty, publication, signature, key, signatureValid };
  if (signature.subject_kind === 'article' && !publication) return { ...base, status: 'not_found' };
  if (publication?.withdrawn_at != null) return { ...base, status: 'withdrawn' };
  if (!signatureValid) return { ...base, status: 'altered' };
  if (key?.revoked_at != null) return { ...base, status: 'revoked' };
  const signed = parsePayload(signature.payload).content;
  const differences = publication ? diffContent(signed, publicationContent(publication)) : [];
  const copyCheck = copy?.trim() ? await checkCopy(repo, signature, signed, copy) : null;
  const status = differences.length > 0 || (copyCheck && !copyCheck.matches) ? 'altered' : 'intact';
  return { ...base, status, differences, copy: copyCheck };
}

function signedText(content: Record<string, Canonical>): string {
  const s = (v: Canonical | undefined) => (typeof v === 'string' ? v : '');
  return [s(content.title), s(content.summary), s(content.author), htmlToText(s(content.bodyHtml))].join(
    '\n',
  );
}

function asBundle(copy: string): SignedBundle | null {
  const text = copy.trim();
  if (!text.startsWith('{')) return null;
  try {
    const v = JSON.parse(text) as Partial<SignedBundle>;
    return typeof v.payload === 'string' && typeof v.signature === 'string' && typeof v.keyId === 'string'
      ? (v as SignedBundle)
      : null;
  } catch {
    return null;
  }
}

async function checkCopy(
  repo: SigningRepository,
  signature: SignatureRow,
  signed: Record<string, Canonical>,
  copy: string,
): Promise<CopyCheck> {
  const bundle = asBundle(copy);
  if (!bundle) {
    const publisher = parsePayload(signature.payload).publisher;
    const differences = compareCopy(signedText(signed), copy, [publisher.verifiedName, '已认证', 'Verified']);
    return { kind: 'text', matches: differences.length === 0, reason: null, differences };
  }
  const key = await repo.keyByKeyId(bundle.keyId);
  if (!key || !verifyText(key.public_key, bundle.payload, bundle.signature))
    return { kind: 'bundle', matches: false, reason: 'bad_signature', differences: [] };
  if (bundle.payload === signature.payload)
    return { kind: 'bundle', matches: true, reason: null, differences: [] };
  const history = await repo.signaturesOfSubject(signature.subject_kind, signature.subject_id);
  const older = history.some((h) => h.payload === bundle.payload);
  return { kind: 'bundle', matches: false, reason: older ? 'superseded' : 'different', differences: [] };
}
