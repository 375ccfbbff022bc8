/**
 * The key-encryption keys (KEKs) that seal accounts' private signing keys at rest.
 *
 * The server takes its KEK from ZW_SIGNING_SECRET (any string; SHA-256 makes it 32 bytes).
 * Without it, the embedded install generates one once into `DATA_DIR/signing-secret` (mode
 * 0600) and says that production should set the variable — a database backup alone then
 * cannot sign. A scaled-out deployment must give every process the same secret.
 *
 * Every KEK a process was configured with stays registered under its id (first 16 hex of
 * the SHA-256 of the key), and each sealed key names the KEK that sealed it. Code that runs
 * outside the server (tests building use cases directly, the benchmark) gets a fixed
 * development KEK, which is never the one a configured server seals with.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface Kek {
  id: string;
  key: Buffer;
}

const registry = new Map<string, Buffer>();
let current: Kek | null = null;

function kekOf(secret: string): Kek {
  const key = crypto.createHash('sha256').update(secret, 'utf8').digest();
  const id = crypto.createHash('sha256').update(key).digest('hex').slice(0, 16);
  return { id, key };
}

/** Makes `secret` the KEK that seals new keys (older ones stay usable for unsealing). */
export function configureSigningSecret(secret: string): string {
  const kek = kekOf(secret);
  registry.set(kek.id, kek.key);
  current = kek;
  return kek.id;
}

const DEVELOPMENT_SECRET = 'zhengwei-development-signing-secret (not for production)';

export function currentKek(): Kek {
  if (!current) configureSigningSecret(DEVELOPMENT_SECRET);
  return current!;
}

export function kekById(id: string): Buffer | undefined {
  if (!current) currentKek();
  return registry.get(id);
}

/**
 * The secret of a server start: ZW_SIGNING_SECRET when set; else the one kept in the data
 * folder, created on first start. `warn` is told when the file one is used.
 */
export function resolveSigningSecret(
  configured: string | undefined,
  dataDir: string,
  warn: (msg: string) => void,
): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'signing-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // `wx`: exactly one of two processes starting at once writes it; the other reads it.
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    warn(
      `signing secret generated in ${file}; set ZW_SIGNING_SECRET in production (生产环境请设置 ZW_SIGNING_SECRET)`,
    );
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return fs.readFileSync(file, 'utf8').trim();
}
