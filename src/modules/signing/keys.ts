/**
 * Ed25519 keys with node:crypto: generation, sealing the private key (AES-256-GCM under the
 * configured KEK, secret.ts), signing and verifying. Public keys travel as the raw 32 bytes
 * in base64url — what WebCrypto and the offline snippet of docs/SIGNING.md import.
 */
import crypto from 'node:crypto';
import { AppError } from '../../infra/errors.js';
import { currentKek, kekById } from './secret.js';

export interface NewKey {
  keyId: string;
  publicKey: string;
  privateKeyEnc: string;
  kekId: string;
}

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw key follows it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function keyIdOf(rawPublicKey: Buffer): string {
  return crypto.createHash('sha256').update(rawPublicKey).digest('hex').slice(0, 16);
}

export function generateSigningKey(): NewKey {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  const kek = currentKek();
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', kek.key, iv);
  const sealed = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return {
    keyId: keyIdOf(raw),
    publicKey: raw.toString('base64url'),
    privateKeyEnc: Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url'),
    kekId: kek.id,
  };
}

function unseal(privateKeyEnc: string, kekId: string): crypto.KeyObject {
  const kek = kekById(kekId);
  if (!kek) throw new AppError('SIGNING_KEY_UNAVAILABLE');
  const buf = Buffer.from(privateKeyEnc, 'base64url');
  const decipher = crypto.createDecipheriv('aes-256-gcm', kek, buf.subarray(0, 12));
  decipher.setAuthTag(buf.subarray(12, 28));
  let der: Buffer;
  try {
    der = Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]);
  } catch (cause) {
    throw new AppError('SIGNING_KEY_UNAVAILABLE', { cause });
  }
  return crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function signText(key: { private_key_enc: string; kek_id: string }, text: string): string {
  return crypto
    .sign(null, Buffer.from(text, 'utf8'), unseal(key.private_key_enc, key.kek_id))
    .toString('base64url');
}

export function verifyText(publicKey: string, text: string, signature: string): boolean {
  try {
    const key = crypto.createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, Buffer.from(publicKey, 'base64url')]),
      format: 'der',
      type: 'spki',
    });
    return crypto.verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/** The key id grouped for reading aloud: 1a2b 3c4d 5e6f 7a8b. */
export function formatFingerprint(keyId: string): string {
  return keyId.replace(/(.{4})(?=.)/g, '$1 ');
}
