import path from 'node:path';

export type Role = 'api' | 'realtime' | 'worker' | 'scheduler';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** A postgres:// URL selects PostgreSQL; otherwise SQLite lives in `dataDir`. */
  databaseUrl?: string;
  /** When set, real-time events cross processes through Redis pub/sub. */
  redisUrl?: string;
  /** Load the demo data set on first start. */
  demo: boolean;
  /** Process roles of this build; all on by default (ENGINEERING.md, shape 11). */
  roles: Set<Role>;
  /** Secure cookies need HTTPS; off for localhost development. */
  secureCookies: boolean;
  logLevel: string;
  /**
   * Which proxies to believe about the client address (X-Forwarded-For). Off by default: a
   * client could otherwise pick its own address and escape per-address rate limits. Set
   * ZW_TRUST_PROXY to a hop count, or to the load balancers' addresses/CIDRs.
   */
  trustProxy: boolean | number | string;
  /**
   * Accept Web Push subscriptions to plain-http loopback endpoints (ZW_WEBPUSH_ALLOW_LOOPBACK=1):
   * local test push services only; never in production, where it would let a citizen make the
   * server post to its own localhost.
   */
  webPushAllowLoopback: boolean;
  /** SQLite fsync policy (ZW_SQLITE_SYNCHRONOUS): FULL survives power loss, NORMAL is faster. */
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /**
   * ZW_SIGNING_SECRET: seals accounts' private signing keys at rest (AES-256-GCM; any string,
   * hashed to 32 bytes). Unset: one is generated once into `dataDir/signing-secret` (0600) —
   * production should set it, the same on every process (docs/SIGNING.md).
   */
  signingSecret?: string;
  /**
   * S3-compatible media storage for the scale-out profile (ZW_S3_BUCKET and friends; path-style
   * addressing). Unset: media stay on local disk under `dataDir/media`.
   */
  s3?: {
    endpoint?: string;
    bucket: string;
    region: string;
    accessKeyId?: string;
    secretAccessKey?: string;
    prefix?: string;
  };
}

function parseTrustProxy(v: string | undefined): boolean | number | string {
  if (!v || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const roles = (env.ZW_ROLES ?? 'api,realtime,worker,scheduler')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean) as Role[];
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    demo: env.ZW_DEMO !== '0',
    roles: new Set(roles),
    secureCookies: env.ZW_SECURE_COOKIES === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: parseTrustProxy(env.ZW_TRUST_PROXY),
    webPushAllowLoopback: env.ZW_WEBPUSH_ALLOW_LOOPBACK === '1',
    sqliteSynchronous: env.ZW_SQLITE_SYNCHRONOUS?.toUpperCase() === 'NORMAL' ? 'NORMAL' : 'FULL',
    signingSecret: env.ZW_SIGNING_SECRET || undefined,
    s3: env.ZW_S3_BUCKET
      ? {
          endpoint: env.ZW_S3_ENDPOINT || undefined,
          bucket: env.ZW_S3_BUCKET,
          region: env.ZW_S3_REGION || 'us-east-1',
          accessKeyId: env.ZW_S3_ACCESS_KEY_ID || undefined,
          secretAccessKey: env.ZW_S3_SECRET_ACCESS_KEY || undefined,
          prefix: env.ZW_S3_PREFIX || undefined,
        }
      : undefined,
  };
}
