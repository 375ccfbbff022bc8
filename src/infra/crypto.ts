import crypto from 'node:crypto';

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function sha256Hex(input: string | Buffer): string {
  return crypto.createHash('sha256').update(input).digest('hex');
}

export function hmacBase64Url(key: string, input: string): string {
  return crypto.createHmac('sha256', key).update(input).digest('base64url');
}

/** Constant-time string comparison for tokens and code hashes. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

const SLUG_ALPHABET = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';

/** Short unguessable ids for public URLs (no look-alike characters). */
export function randomSlug(length = 12): string {
  const bytes = crypto.randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += SLUG_ALPHABET[bytes[i]! % SLUG_ALPHABET.length];
  return out;
}

/** A uniformly random six-digit one-time code. */
export function randomDigits(n = 6): string {
  return String(crypto.randomInt(0, 10 ** n)).padStart(n, '0');
}
