/**
 * A local push service for tests and the benchmark: a node:http server that plays the part
 * of FCM/Mozilla's service. It decrypts every message with the subscription's private key
 * and auth secret (RFC 8291, aes128gcm), checks the VAPID header's shape, records what
 * arrived, and answers what the test asks per endpoint (201 by default; 410, 500…).
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A browser's side of a subscription: a P-256 key pair and a 16-byte auth secret. */
export interface BrowserKeys {
  ecdh: crypto.ECDH;
  p256dh: string;
  auth: string;
}

export function browserKeys(): BrowserKeys {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    ecdh,
    p256dh: ecdh.getPublicKey().toString('base64url'),
    auth: crypto.randomBytes(16).toString('base64url'),
  };
}

const hmac = (key: Buffer, data: Buffer) => crypto.createHmac('sha256', key).update(data).digest();

/** Decrypts one aes128gcm Web Push message (RFC 8188 framing, RFC 8291 keys); throws when it does not authenticate. */
export function decryptAes128gcm(body: Buffer, keys: BrowserKeys): string {
  const salt = body.subarray(0, 16);
  const idlen = body[20]!;
  const asPublic = body.subarray(21, 21 + idlen);
  const ciphertext = body.subarray(21 + idlen);
  const uaPublic = Buffer.from(keys.p256dh, 'base64url');
  const ecdhSecret = keys.ecdh.computeSecret(asPublic);
  const prkKey = hmac(Buffer.from(keys.auth, 'base64url'), ecdhSecret);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic, Buffer.from([1])]);
  const ikm = hmac(prkKey, keyInfo);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const plain = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  // The last record ends with the delimiter 0x02, then zero padding.
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end--;
  if (plain[end] !== 2) throw new Error('bad padding delimiter');
  return plain.subarray(0, end).toString('utf8');
}

export interface Received {
  /** The path part of the endpoint (one per subscription). */
  path: string;
  authorization: string;
  ttl: string | undefined;
  message: string | null;
  error: string | null;
}

export class TestPushService {
  readonly received: Received[] = [];
  /** Keys per endpoint path, to decrypt with; absent = count only. */
  readonly keys = new Map<string, BrowserKeys>();
  /** Status to answer per path (default 201); a function gets the attempt number. */
  readonly answers = new Map<string, number | ((attempt: number) => number)>();
  decrypt = true;
  count = 0;
  private server: http.Server | null = null;
  origin = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const body = Buffer.concat(chunks);
        let message: string | null = null;
        let error: string | null = null;
        const keys = this.keys.get(path);
        if (keys && this.decrypt) {
          try {
            message = decryptAes128gcm(body, keys);
          } catch (e) {
            error = (e as Error).message;
          }
        }
        this.count++;
        this.received.push({
          path,
          authorization: String(req.headers.authorization ?? ''),
          ttl: req.headers.ttl as string | undefined,
          message,
          error,
        });
        const answer = this.answers.get(path) ?? 201;
        const attempt = this.received.filter((r) => r.path === path).length;
        res.statusCode = typeof answer === 'function' ? answer(attempt) : answer;
        res.end();
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A new browser subscription on this service: its endpoint and keys. */
  subscription(name: string) {
    const keys = browserKeys();
    const path = `/push/${name}`;
    this.keys.set(path, keys);
    return { endpoint: `${this.origin}${path}`, keys: { p256dh: keys.p256dh, auth: keys.auth }, path };
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
