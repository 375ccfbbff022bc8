/** Signed content (0018). Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

export interface SigningKeysTable {
  id: Generated<number>;
  /** Public name of the key: the first 16 hex digits of SHA-256(raw public key). */
  key_id: string;
  account_id: number;
  /** Raw 32-byte Ed25519 public key, base64url. */
  public_key: string;
  /** PKCS#8 private key under AES-256-GCM: base64url(iv ‖ tag ‖ ciphertext). */
  private_key_enc: string;
  /** Which configured key-encryption key sealed it (first 16 hex of its SHA-256). */
  kek_id: string;
  created_at: number;
  valid_from: number;
  /** null while it is the account's current key. */
  valid_until: number | null;
  revoked_at: number | null;
  /** What the revoker said about when it was compromised (informational; docs/SIGNING.md). */
  compromised_from: number | null;
  revoked_reason: string | null;
  revoked_by: number | null;
}

export type SignedSubjectKind = 'article' | 'reply' | 'alert';

export interface SignaturesTable {
  id: Generated<number>;
  subject_kind: SignedSubjectKind;
  subject_id: number;
  /** 1 for the first signature of a subject; +1 per correction or re-signature. */
  version: number;
  account_id: number;
  key_id: string;
  /** Crockford base32, 10 characters; the same for every version of a subject. */
  code: string;
  /** The canonical text that was signed (docs/SIGNING.md). */
  payload: string;
  /** Ed25519 signature over the UTF-8 bytes of `payload`, base64url. */
  signature: string;
  signed_at: number;
}

export interface SigningTables {
  signing_keys: SigningKeysTable;
  signatures: SignaturesTable;
}
