/**
 * Verification codes: 10 characters of Crockford base32 (digits and letters without I, L, O
 * and U), 50 random bits. Read aloud or typed from paper, the usual slips are forgiven:
 * case, spaces and dashes are ignored, I/L read as 1 and O as 0.
 */
import crypto from 'node:crypto';

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

export function newVerificationCode(): string {
  const bytes = crypto.randomBytes(CODE_LENGTH);
  let out = '';
  for (const b of bytes) out += CODE_ALPHABET[b & 31];
  return out;
}

/** The code in its stored form, or null when the input cannot be one. */
export function normalizeCode(input: string): string | null {
  const folded = input
    .toUpperCase()
    .replace(/[\s\-_‐-―－]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (folded.length !== CODE_LENGTH) return null;
  for (const ch of folded) if (!CODE_ALPHABET.includes(ch)) return null;
  return folded;
}

/** ABCDE-FGHJK: two groups of five are easier to read out and to compare. */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
