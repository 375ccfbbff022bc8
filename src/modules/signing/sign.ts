/**
 * Signing, inside the caller's transaction. `signSubject` is the one generic entry: a
 * release signs a publication, an automatic-reply rule its article cards, and an alerts
 * module would sign an alert the same way (kind 'alert'). Only verified accounts sign; their
 * key is created on first need. A subject keeps its verification code for life: a
 * correction or a re-signature adds the next version under the same code.
 */
import type { Database } from '../../db/database.js';
import type { SignedSubjectKind } from '../../db/tables/signing.js';
import { articleContent, bodyMedia, buildPayload, type Canonical } from './canonical.js';
import { newVerificationCode } from './code.js';
import { generateSigningKey, signText } from './keys.js';
import { kekById } from './secret.js';
import {
  SigningRepository,
  type LivePublication,
  type SignatureRow,
  type SignerAccount,
  type SigningKeyRow,
} from './repository.js';

export interface SignSubjectInput {
  kind: SignedSubjectKind;
  subjectId: number;
  accountId: number;
  /** The subject's canonical content (canonical.ts); for articles use `publicationContent`. */
  content: Record<string, Canonical>;
  now: number;
}

type Tx = Pick<Database, 'k' | 'dialect'>;

/** The publication's content exactly as the public page and API show it. */
export function publicationContent(p: LivePublication): Record<string, Canonical> {
  return articleContent({
    title: p.title,
    summary: p.summary,
    author: p.author,
    bodyHtml: p.body_html,
    cover: p.cover_url,
    media: bodyMedia(p.body_html),
    publishedAt: p.published_at,
    revisedAt: p.revised_at,
    revision: p.version,
    // The public page's path (publishing/card.ts publicationUrl), spelled here to keep
    // signing free of publishing imports.
    url: `/a/${p.slug}`,
  });
}

export function signerName(account: SignerAccount): string {
  return account.verified_name ?? account.name;
}

/**
 * The account's current key, created (and audited) when it has none. A current key sealed
 * under a secret this process does not have (ZW_SIGNING_SECRET changed or set after the
 * generated one) is retired, not fatal: its public key stays published, so what it signed
 * still verifies, and a fresh key takes over. Call under the account lock.
 */
export async function ensureCurrentKey(
  repo: SigningRepository,
  accountId: number,
  now: number,
): Promise<SigningKeyRow> {
  const current = await repo.currentKey(accountId);
  if (current && kekById(current.kek_id)) return current;
  if (current) await repo.closeKey(current.id, now);
  return createKey(repo, accountId, now, null, current?.key_id ?? null);
}

export async function createKey(
  repo: SigningRepository,
  accountId: number,
  now: number,
  actorId: number | null,
  /** A current key retired because its secret is unavailable (ensureCurrentKey). */
  replacesUnsealable: string | null = null,
): Promise<SigningKeyRow> {
  const key = generateSigningKey();
  const row = await repo.insertKey({
    key_id: key.keyId,
    account_id: accountId,
    public_key: key.publicKey,
    private_key_enc: key.privateKeyEnc,
    kek_id: key.kekId,
    created_at: now,
    valid_from: now,
  });
  await repo.audit({
    at: now,
    actorKind: actorId === null ? 'system' : 'staff',
    actorId,
    accountId,
    action: 'signing_key.create',
    target: `signing_key:${row.key_id}`,
    details: replacesUnsealable
      ? { keyId: row.key_id, replaces: replacesUnsealable, why: 'sealed under an unavailable secret' }
      : { keyId: row.key_id },
  });
  return row;
}

/** Signs one subject; null when the account is not verified (its content stays unsigned). */
export async function signSubject(tx: Tx, input: SignSubjectInput): Promise<SignatureRow | null> {
  const repo = SigningRepository.of(tx);
  const account = await repo.findAccount(input.accountId);
  if (!account || account.verified !== 1) return null;
  const key = await ensureCurrentKey(repo, account.id, input.now);
  const previous = await repo.latestSignature(input.kind, input.subjectId);
  let code = previous?.code;
  while (code === undefined) {
    const candidate = newVerificationCode();
    if (!(await repo.codeTaken(candidate))) code = candidate;
  }
  const payload = buildPayload({
    kind: input.kind,
    subjectId: input.subjectId,
    publisher: { id: account.id, handle: account.handle, verifiedName: signerName(account) },
    content: input.content,
    code,
    keyId: key.key_id,
    signedAt: input.now,
  });
  return repo.insertSignature({
    subject_kind: input.kind,
    subject_id: input.subjectId,
    version: (previous?.version ?? 0) + 1,
    account_id: account.id,
    key_id: key.key_id,
    code,
    payload,
    signature: signText(key, payload),
    signed_at: input.now,
  });
}

/** Signs a publication's current public content (a release, a correction, a re-signature). */
export async function signPublication(
  tx: Tx,
  publicationId: number,
  now: number,
): Promise<SignatureRow | null> {
  const publication = await SigningRepository.of(tx).publicationById(publicationId);
  if (!publication || publication.withdrawn_at !== null) return null;
  return signSubject(tx, {
    kind: 'article',
    subjectId: publication.id,
    accountId: publication.account_id,
    content: publicationContent(publication),
    now,
  });
}

/** After a correction replaced an article's text: the publication's next signature. */
export async function signCorrectedArticle(
  tx: Tx,
  articleId: number,
  now: number,
): Promise<SignatureRow | null> {
  const publication = await SigningRepository.of(tx).publicationOfArticle(articleId);
  return publication ? signPublication(tx, publication.id, now) : null;
}
