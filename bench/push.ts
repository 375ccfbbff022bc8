/**
 * Mass push benchmark (`npm run bench push`):
 *
 *   - push.commit_ms: one article pushed to a region selecting 950,000 of an account's
 *     1,000,000 followers, through the real createPush use case, until its transaction
 *     committed;
 *   - push.visible_ms: until followers' feeds show it. With fan-out on read there is no
 *     per-follower work after the commit: a follower's feed reads the account's publications
 *     and filters by audience when it is read, so every follower sees the push the moment
 *     the commit lands. That is verified, not assumed: right after the commit, sampled
 *     followers spread evenly over all 1,000,000 (every 1,000th, first and last included)
 *     read their feed through the real readFeed; each one under the region must show it and
 *     each one outside must not. The figure is the time until the first sampled read showed
 *     it; the sampled reads' p99 is printed alongside.
 *   - webpush.fanout_ms: the push's fan-out job (counts the audience for the report, writes
 *     one delivery row per matching subscription, splits them into batch jobs);
 *   - webpush.deliveries_per_s: Web Push to BENCH_WEBPUSH (default 10,000) subscriptions of
 *     followers in the region, through the real delivery jobs (batches with their database
 *     claims and settlements, the sender with VAPID headers cached per push service);
 *   - webpush.naive_per_s: the same subscriptions and payload, calling web-push's
 *     generateRequestDetails once per delivery (what sendNotification does: it signs a new
 *     VAPID JWT every time), posted with the same HTTP client and concurrency.
 *
 * Before either timed run, an untimed warm-up sends 1,000 messages through each path (our
 * sender, then generateRequestDetails): otherwise the path timed first alone pays for opening
 * the connections and warming the HTTP client and the push service (measured: its first
 * 2,000 deliveries ran at about half speed).
 *
 * The push service is a node:http server in a worker thread (a separate service in real
 * life; its own thread here so its work does not share the sender's event loop). It decrypts
 * every message with the subscription's private key and auth secret (RFC 8291, aes128gcm) and
 * counts the ones that decrypt to the expected payload.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import webpush from 'web-push';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { systemClock } from '../src/infra/clock.js';
import { JobRunner } from '../src/infra/jobs/runner.js';
import type { JobHandlers } from '../src/infra/jobs/names.js';
import { OutboxDispatcher } from '../src/infra/outbox.js';
import { LocalHub } from '../src/infra/realtime/hub.js';
import { loadSecrets } from '../src/infra/secrets.js';
import { readFeed } from '../src/modules/feed/read.js';
import { FeedRepository } from '../src/modules/feed/repository.js';
import { openidFor } from '../src/modules/follows/openid.js';
import { createPush } from '../src/modules/pushes/createPush.js';
import { pushReleaseJob } from '../src/modules/pushes/releaseJob.js';
import { pushFanoutJob, webpushDeliverJob } from '../src/modules/webpush/jobs.js';
import { encryptAes128gcm, peerKeys } from '../src/modules/webpush/encrypt.js';
import { notificationPayload } from '../src/modules/webpush/payload.js';
import { post, WebPushSender } from '../src/modules/webpush/sender.js';
import { loadVapidKeys } from '../src/modules/webpush/vapid.js';
import { openRaw } from './seed.js';

const FOLLOWERS = Number(process.env.BENCH_FOLLOWERS ?? 1_000_000);
const SUBSCRIPTIONS = Number(process.env.BENCH_WEBPUSH ?? 10_000);
/** One follower in 20 lives outside the pushed region. */
const OUTSIDE_EVERY = 20;
const CONCURRENCY = 64;
const T0 = Date.UTC(2026, 0, 1);

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const quiet = { warn: () => {}, error: (obj: unknown, msg?: string) => console.error(msg, obj) };

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const regionOf = (c: number) => (c % OUTSIDE_EVERY === 0 ? '410105' : c % 2 ? '411502' : '411503');

interface SubKeys {
  path: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  /** The browser's private key, for the push service to decrypt with. */
  privateKey: string;
}

/** Bulk rows with plain better-sqlite3 statements; seeding is not measured. */
function seed(
  file: string,
  pseudonymKey: string,
  origin: string,
): { editorId: number; articleId: number; subs: SubKeys[] } {
  const db = openRaw(file);
  try {
    const region = db.prepare(
      'insert or ignore into regions (code, name, parent_code, level) values (?, ?, ?, ?)',
    );
    for (const r of [
      ['410000', '河南省', null, 1],
      ['411500', '信阳市', '410000', 2],
      ['411502', '浉河区', '411500', 3],
      ['411503', '平桥区', '411500', 3],
      ['410100', '郑州市', '410000', 2],
      ['410105', '金水区', '410100', 3],
    ] as const)
      region.run(...r);
    db.prepare(
      `insert into accounts (id, handle, name, level, department_type, region_code, owning_unit, contact, introduction, verified, created_at, updated_at)
       values (1, 'xinyang-bench', '信阳市应急管理局', 'municipal', 'emergency', '411500', '单位', '0376-0000000', '简介', 1, ?, ?)`,
    ).run(T0, T0);
    const citizen = db.prepare(
      'insert into citizens (id, phone, created_at, region_code) values (?, ?, ?, ?)',
    );
    const follow = db.prepare(
      'insert into follows (account_id, citizen_id, openid, followed_at, last_read_seq, scene) values (1, ?, ?, ?, 0, null)',
    );
    const CHUNK = 100_000;
    for (let first = 1; first <= FOLLOWERS; first += CHUNK) {
      db.transaction(() => {
        for (let c = first; c < Math.min(first + CHUNK, FOLLOWERS + 1); c++) {
          citizen.run(c, String(13_000_000_000 + c), T0, regionOf(c));
          follow.run(c, openidFor(pseudonymKey, 1, c), T0 + c);
        }
      })();
    }
    db.prepare('update accounts set follower_count = ? where id = 1').run(FOLLOWERS);
    const editor = db
      .prepare(
        `insert into staff_users (username, password_hash, display_name, created_at) values ('bench-editor', 'x', '编辑', ?) returning id`,
      )
      .get(T0) as { id: number };
    db.prepare(
      `insert into staff_roles (user_id, account_id, role, granted_at) values (?, 1, 'editor', ?)`,
    ).run(editor.id, T0);
    const article = db
      .prepare(
        `insert into articles (account_id, title, author, summary, body_html, cover_media_id, tier, status, version, created_by, created_at, updated_at)
         values (1, '关于汛期防汛避险的紧急通知', '', '请沿河群众注意防范', '<p>正文</p>', null, 3, 'approved', 1, ?, ?, ?) returning id`,
      )
      .get(editor.id, T0, T0) as { id: number };
    db.prepare(
      'insert into push_quotas (account_id, per_day, updated_by, updated_at) values (1, 100, null, ?)',
    ).run(T0);

    // Subscriptions: real P-256 key pairs and auth secrets, for followers inside the region.
    const subs: SubKeys[] = [];
    const sub = db.prepare(
      'insert into push_subscriptions (citizen_id, endpoint, p256dh, auth, device, created_at) values (?, ?, ?, ?, ?, ?)',
    );
    db.transaction(() => {
      for (let i = 0, c = 1; subs.length < SUBSCRIPTIONS; c++) {
        if (regionOf(c) === '410105') continue;
        const ecdh = crypto.createECDH('prime256v1');
        ecdh.generateKeys();
        const s: SubKeys = {
          path: `/push/${i++}`,
          endpoint: '',
          p256dh: ecdh.getPublicKey().toString('base64url'),
          auth: crypto.randomBytes(16).toString('base64url'),
          privateKey: ecdh.getPrivateKey().toString('base64url'),
        };
        s.endpoint = `${origin}${s.path}`;
        sub.run(c, s.endpoint, s.p256dh, s.auth, 'bench', T0);
        subs.push(s);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { editorId: editor.id, articleId: article.id, subs };
  } finally {
    db.close();
  }
}

/**
 * The push service, as plain JavaScript evaluated in a worker thread (a worker cannot load
 * TypeScript here). Same decryption as src/modules/webpush/testing.ts.
 */
const SERVICE = `
const { parentPort } = require('node:worker_threads');
const crypto = require('node:crypto');
const http = require('node:http');
const keys = new Map();
let ok = 0, bad = 0, expected = null;
const hmac = (k, d) => crypto.createHmac('sha256', k).update(d).digest();
function decrypt(body, k) {
  const salt = body.subarray(0, 16), idlen = body[20];
  const asPublic = body.subarray(21, 21 + idlen), ct = body.subarray(21 + idlen);
  const secret = k.ecdh.computeSecret(asPublic);
  const ikm = hmac(hmac(k.auth, secret), Buffer.concat([Buffer.from('WebPush: info\\0'), k.pub, asPublic, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\\0\\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\\0\\x01')).subarray(0, 12);
  const d = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
  d.setAuthTag(ct.subarray(ct.length - 16));
  const plain = Buffer.concat([d.update(ct.subarray(0, ct.length - 16)), d.final()]);
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end--;
  if (plain[end] !== 2) throw new Error('padding');
  return plain.subarray(0, end).toString('utf8');
}
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const k = keys.get(req.url);
    try {
      if (!k || !/^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=/.test(req.headers.authorization || '')) throw new Error('auth');
      if (decrypt(Buffer.concat(chunks), k) !== expected) throw new Error('payload');
      ok++;
    } catch { bad++; }
    res.statusCode = 201;
    res.end();
  });
});
server.keepAliveTimeout = 60000;
parentPort.on('message', (m) => {
  if (m.type === 'keys') {
    for (const s of m.subs) {
      const ecdh = crypto.createECDH('prime256v1');
      ecdh.setPrivateKey(Buffer.from(s.privateKey, 'base64url'));
      keys.set(s.path, { ecdh, pub: Buffer.from(s.p256dh, 'base64url'), auth: Buffer.from(s.auth, 'base64url') });
    }
    parentPort.postMessage({ type: 'ready' });
  } else if (m.type === 'expect') { expected = m.payload; ok = 0; bad = 0; parentPort.postMessage({ type: 'ok' }); }
  else if (m.type === 'count') parentPort.postMessage({ type: 'count', ok, bad });
  else if (m.type === 'stop') server.close(() => process.exit(0));
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ type: 'listening', port: server.address().port }));
`;

class PushService {
  private worker = new Worker(SERVICE, { eval: true });
  private ask<T>(message: object, answer: string): Promise<T> {
    return new Promise((resolve) => {
      const on = (m: { type: string }) => {
        if (m.type !== answer) return;
        this.worker.off('message', on);
        resolve(m as T);
      };
      this.worker.on('message', on);
      this.worker.postMessage(message);
    });
  }
  origin(): Promise<string> {
    return new Promise((resolve) =>
      this.worker.once('message', (m: { port: number }) => resolve(`http://127.0.0.1:${m.port}`)),
    );
  }
  keys(subs: SubKeys[]) {
    return this.ask({ type: 'keys', subs }, 'ready');
  }
  expect(payload: string) {
    return this.ask({ type: 'expect', payload }, 'ok');
  }
  count() {
    return this.ask<{ ok: number; bad: number }>({ type: 'count' }, 'count');
  }
  async stop() {
    this.worker.postMessage({ type: 'stop' });
    await new Promise((r) => this.worker.once('exit', r));
  }
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-bench-push-'));
  const service = new PushService();
  const report = (name: string, value: number, unit: string, goal = '') =>
    console.log(`BENCH ${name} ${fmt(value)} ${unit}${goal ? `   (goal ${goal})` : ''}`);
  let db: Database | null = null;
  try {
    const origin = await service.origin();
    const t = performance.now();
    const file = path.join(dir, 'push.sqlite');
    const fresh = openDatabase({ sqliteFile: file });
    await migrateToLatest(fresh);
    const { pseudonymKey } = await loadSecrets(fresh);
    await loadVapidKeys(fresh);
    await fresh.close();
    const world = seed(file, pseudonymKey, origin);
    await service.keys(world.subs);
    console.log(
      `seeded ${FOLLOWERS} followers (${FOLLOWERS - Math.floor(FOLLOWERS / OUTSIDE_EVERY)} in 信阳市 4115), ` +
        `${world.subs.length} push subscriptions in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    db = openDatabase({ sqliteFile: file });
    const outbox = new OutboxDispatcher(db, new LocalHub(), systemClock, quiet);
    const deps = { database: db, outbox };

    // ---- commit and visibility -----------------------------------------------------------
    // A running server has its statements prepared and pages cached: warm the read path.
    const feed = new FeedRepository(db);
    for (let c = 1; c <= 50; c++) await readFeed(feed, { citizenId: c * 997, limit: 20 });
    const t0 = performance.now();
    const created = await createPush(deps, {
      accountId: 1,
      actorId: world.editorId,
      now: Date.now(),
      articleIds: [world.articleId],
      audience: { kind: 'region', region: '4115' },
    });
    const commitMs = performance.now() - t0;
    const slug = created.publications[0]!.slug;
    const samples: number[] = [];
    let firstVisible = 0;
    let checked = 0;
    const step = Math.max(1, Math.floor(FOLLOWERS / 1000));
    const sampled = [1, FOLLOWERS];
    for (let c = step; c < FOLLOWERS; c += step) sampled.push(c);
    for (const c of sampled) {
      const s = performance.now();
      const page = await readFeed(feed, { citizenId: c, limit: 20 });
      samples.push(performance.now() - s);
      const shows = page.items.some((i) => i.slug === slug);
      const inside = regionOf(c) !== '410105';
      if (shows !== inside)
        throw new Error(`follower ${c} (${regionOf(c)}) ${shows ? 'sees' : 'does not see'} the push`);
      if (shows && firstVisible === 0) firstVisible = performance.now() - t0;
      checked++;
    }
    report('push.commit_ms', commitMs, 'ms');
    report('push.visible_ms', firstVisible, 'ms');
    console.log(
      `  ${checked} sampled feeds checked (inside the region see it, outside do not); feed read p50 ` +
        `${fmt(percentile(samples, 50))} ms, p99 ${fmt(percentile(samples, 99))} ms`,
    );

    // ---- Web Push through the delivery jobs ----------------------------------------------
    const content = notificationPayload(created.push.id, {
      accountName: '信阳市应急管理局',
      publications: [{ title: '关于汛期防汛避险的紧急通知', slug }],
    });
    // Warm-up, untimed and the same for both paths: 1,000 messages through each (our sender,
    // then web-push's generateRequestDetails), so neither timed run pays for opening the
    // connections or for the JIT warm-up of the shared HTTP client and of the push service
    // (which, run first, only our path used to pay).
    const vapid = await loadVapidKeys(db);
    const naiveSend = async (s: SubKeys) => {
      const details = webpush.generateRequestDetails(
        { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
        content,
        { vapidDetails: vapid, TTL: 86_400, contentEncoding: 'aes128gcm' },
      );
      const headers = Object.fromEntries(
        Object.entries(details.headers)
          .filter(([k]) => k !== 'Content-Length')
          .map(([k, v]) => [k, String(v)]),
      );
      await post(details.endpoint, headers, details.body as Buffer, 15_000);
    };
    const warmSender = new WebPushSender(vapid);
    const warmOurs = (s: SubKeys) => warmSender.send(s, content, { topic: 'warm-up' });
    for (const send of [warmOurs, naiveSend]) {
      let at = 0;
      const n = Math.min(1000, world.subs.length);
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (at < n) await send(world.subs[at++]!);
        }),
      );
    }
    await service.expect(content);
    const handlers = {
      'push.release': pushReleaseJob(deps),
      'push.fanout': pushFanoutJob(deps),
      'webpush.deliver': webpushDeliverJob(deps),
    } as Partial<JobHandlers> as JobHandlers;
    const runner = new JobRunner(db, systemClock, handlers, quiet, { batchSize: 50 });
    // The fan-out job first (audience count over the million follows, one delivery row per
    // matching subscription), timed on its own; then the delivery batches.
    const f0 = performance.now();
    await pushFanoutJob(deps)({ pushId: created.push.id }, { now: Date.now(), jobId: 0 });
    report('webpush.fanout_ms', performance.now() - f0, 'ms');
    const w0 = performance.now();
    const elu0 = performance.eventLoopUtilization();
    await runner.runDue();
    const webMs = performance.now() - w0;
    const webBusy = performance.eventLoopUtilization(elu0).active;
    const mine = await service.count();
    const row = await db.k
      .selectFrom('pushes')
      .selectAll()
      .where('id', '=', created.push.id)
      .executeTakeFirstOrThrow();
    if (mine.ok !== world.subs.length || row.webpush_sent !== world.subs.length)
      throw new Error(
        `delivered ${mine.ok} (${mine.bad} bad), recorded ${row.webpush_sent} of ${world.subs.length}`,
      );
    console.log(
      `  push ${row.status}: ${row.targeted_count} followers targeted, ${row.webpush_sent}/${row.webpush_total} ` +
        `Web Push messages decrypted by the service in ${fmt(webMs)} ms`,
    );

    // ---- the naive path: one generateRequestDetails per delivery -------------------------
    await service.expect(content);
    const n0 = performance.now();
    const nelu0 = performance.eventLoopUtilization();
    let next = 0;
    const worker = async () => {
      while (next < world.subs.length) await naiveSend(world.subs[next++]!);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const naiveMs = performance.now() - n0;
    const naiveBusy = performance.eventLoopUtilization(nelu0).active;
    const naive = await service.count();
    if (naive.ok !== world.subs.length) throw new Error(`naive delivered ${naive.ok} (${naive.bad} bad)`);

    const perS = (world.subs.length / webMs) * 1000;
    const naivePerS = (world.subs.length / naiveMs) * 1000;
    report('webpush.deliveries_per_s', perS, '/s', '≥ 3× naive');
    report('webpush.naive_per_s', naivePerS, '/s');
    console.log(`  cached VAPID header vs a new JWT per delivery: ${(perS / naivePerS).toFixed(2)}×`);
    // The sender's own cost, without the decrypting service's share of a small machine's CPU.
    const usMine = (webBusy / world.subs.length) * 1000;
    const usNaive = (naiveBusy / world.subs.length) * 1000;
    console.log(
      `  sender event-loop time per delivery: ${fmt(usMine)} µs (jobs, database, encryption, HTTP) vs ` +
        `${fmt(usNaive)} µs naive: ${(usNaive / usMine).toFixed(2)}× (${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)})`,
    );
    // The per-delivery work without HTTP or the database: what the cached header saves.
    const sender = new WebPushSender(vapid);
    const probe = world.subs.slice(0, 2000);
    const c0 = performance.now();
    const plaintext = Buffer.from(content);
    for (const s of probe) {
      encryptAes128gcm(peerKeys(s.p256dh, s.auth), plaintext);
      sender.authorization(s.endpoint);
    }
    const cachedUs = ((performance.now() - c0) / probe.length) * 1000;
    const g0 = performance.now();
    for (const s of probe)
      webpush.generateRequestDetails(
        { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
        content,
        {
          vapidDetails: vapid,
          contentEncoding: 'aes128gcm',
        },
      );
    const naiveUs = ((performance.now() - g0) / probe.length) * 1000;
    console.log(
      `  crypto per delivery: ${fmt(cachedUs)} µs (encrypt + cached header) vs ${fmt(naiveUs)} µs ` +
        `(generateRequestDetails): ${(naiveUs / cachedUs).toFixed(2)}×`,
    );
    await outbox.stop();
  } finally {
    await db?.close();
    await service.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
