/**
 * Citizen-message throughput over HTTP, with the machine's ceiling measured in the same run:
 *
 *   - `messages.http_ceiling_rps`: a bare `node:http` hello-world server in a child process,
 *     loaded by autocannon from this process with the same requests as the platform;
 *   - `messages.ingest_rps`: the real platform in a child process (embedded SQLite, durable
 *     sync, local hub), loaded with `POST /api/accounts/:id/messages` from thousands of
 *     signed-in followers: each request persists the message and the automatic reply it
 *     chose in one transaction (shared with concurrent requests: infra/groupCommit.ts), is
 *     answered after the commit, and its events go to the real-time bus.
 *
 * Same load generator, requests, connections and duration for both, so the ratio is the
 * platform's cost.
 * After the run the message rows are counted: every 2xx answer must be a stored message.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';

const here = path.dirname(fileURLToPath(import.meta.url));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 3000);

/** What citizens send: numbered replies, keyword hits, and questions only staff can answer. */
const TEXTS = [
  '1',
  '2',
  '５',
  '高考成绩什么时候可以查询？',
  '请问学籍证明在哪里办理',
  '我想咨询一下转学手续需要哪些材料，谢谢',
  '暑假补课收费问题投诉',
  '你好',
];

interface World {
  port: number;
  accountId: number;
  citizens: Array<{ cookie: string; csrf: string }>;
  sqliteFile: string;
}

/** Starts a child and resolves with the first stdout line parsed as JSON. */
function startChild(cmd: string, args: string[]): Promise<{ child: ChildProcess; first: unknown }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve({ child, first: JSON.parse(line) }));
    child.once('exit', (code) => reject(new Error(`${cmd} exited with ${code} before it was ready`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function load(opts: autocannon.Options): Promise<{ rps: number; ok: number; failed: number }> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts });
  const ok = result['2xx'];
  return { rps: ok / result.duration, ok, failed: result.non2xx + result.errors };
}

/**
 * The ceiling: node:http's hello world, loaded with the very requests the platform gets (same
 * method, cookie, CSRF header and JSON body, built by the same generator), so the ratio is
 * the platform's cost and not a difference in what the load generator does per request. The
 * server reads the body before it answers, as any POST handler must.
 */
async function ceiling(citizens: World['citizens']): Promise<number> {
  const script =
    "const s=require('node:http').createServer((q,r)=>{q.resume();q.on('end',()=>{r.setHeader('content-type','text/plain');r.end('hello')})});" +
    "s.listen(0,'127.0.0.1',()=>console.log(JSON.stringify({port:s.address().port})));" +
    "process.on('SIGTERM',()=>process.exit(0));";
  const { child, first } = await startChild(process.execPath, ['-e', script]);
  try {
    const { port } = first as { port: number };
    const url = `http://127.0.0.1:${port}`;
    const requests = [
      { method: 'POST' as const, path: '/', setupRequest: messageRequest(citizens, 'ceiling') },
    ];
    await load({ url, requests, duration: 2 }); // warm-up
    return (await load({ url, requests })).rps;
  } finally {
    await stopChild(child);
  }
}

/** Request `i` of a run: a citizen (round robin) sending one of TEXTS with a fresh clientId. */
function messageRequest(citizens: World['citizens'], run: string) {
  let n = 0;
  return (req: autocannon.Request) => {
    const i = n++;
    const citizen = citizens[i % citizens.length]!;
    return {
      ...req,
      headers: {
        'content-type': 'application/json',
        cookie: citizen.cookie,
        'x-csrf-token': citizen.csrf,
      },
      body: JSON.stringify({
        clientId: `bench-${run}-${process.pid}-${i}`,
        kind: 'text',
        text: TEXTS[i % TEXTS.length],
      }),
    };
  };
}

/** The platform in its child process, with its seeded world; stopped by `stop()`. */
async function startPlatform(dataDir: string): Promise<{ world: World; stop(): Promise<void> }> {
  const tsx = path.resolve(here, '../node_modules/.bin/tsx');
  const { child, first } = await startChild(tsx, [
    path.join(here, 'messages-server.ts'),
    dataDir,
    String(CITIZENS),
  ]);
  return { world: first as World, stop: () => stopChild(child) };
}

async function ingest(world: World): Promise<{ rps: number; ok: number; failed: number; stored: number }> {
  const url = `http://127.0.0.1:${world.port}`;
  const path_ = `/api/accounts/${world.accountId}/messages`;
  const before = countCitizenMessages(world.sqliteFile);
  const setupRequest = messageRequest(world.citizens, 'ingest');
  const run = await load({ url, requests: [{ method: 'POST', path: path_, setupRequest }] });
  return { ...run, stored: countCitizenMessages(world.sqliteFile) - before };
}

function countCitizenMessages(file: string): number {
  const db = new SQLite(file, { readonly: true });
  try {
    return (
      db.prepare(`select count(*) as n from conversation_messages where sender = 'citizen'`).get() as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-bench-messages-'));
  try {
    console.log(`${CONNECTIONS} connections, ${DURATION_S} s per measurement, ${CITIZENS} citizens`);
    // The platform is seeded first (its citizens' cookies shape the requests of both runs),
    // but loaded after the ceiling, so the hello-world run meets an idle machine.
    const platform = await startPlatform(dir);
    let httpCeiling: number;
    let messages: Awaited<ReturnType<typeof ingest>>;
    try {
      httpCeiling = await ceiling(platform.world.citizens);
      messages = await ingest(platform.world);
    } finally {
      await platform.stop();
    }
    console.log(`BENCH messages.ingest_rps ${messages.rps.toFixed(0)} req/s`);
    console.log(`BENCH messages.http_ceiling_rps ${httpCeiling.toFixed(0)} req/s`);
    const ratio = messages.rps / httpCeiling;
    console.log(
      `  ingest / ceiling = ${(ratio * 100).toFixed(1)}% (goal ≥ 40%); ${messages.ok} messages acknowledged, ` +
        `${messages.stored} stored, ${messages.failed} refused or failed`,
    );
    // Requests still in flight when the load stops are stored but not counted as answered.
    if (messages.failed > 0 || messages.stored < messages.ok || messages.stored > messages.ok + CONNECTIONS) {
      throw new Error('every acknowledged message must be stored and none refused');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
