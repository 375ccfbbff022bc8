/**
 * Citizen-message throughput over HTTP, with the machine's ceiling measured in the same run:
 *
 *   - `messages.http_ceiling_rps`: a bare `node:http` hello-world server in a child process,
 *     loaded by autocannon from this process;
 *   - `messages.ingest_rps`: the real platform in a child process (embedded SQLite, durable
 *     sync, local hub), loaded the same way with `POST /api/accounts/:id/messages` from
 *     thousands of signed-in followers: each request persists the message, chooses the
 *     automatic reply in the same transaction, commits, and pushes both to the real-time bus
 *     through the outbox before the answer.
 *
 * Same load generator, connections and duration for both, so the ratio is the platform's cost.
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

async function ceiling(): Promise<number> {
  const script =
    "const s=require('node:http').createServer((q,r)=>{r.setHeader('content-type','text/plain');r.end('hello')});" +
    "s.listen(0,'127.0.0.1',()=>console.log(JSON.stringify({port:s.address().port})));" +
    "process.on('SIGTERM',()=>process.exit(0));";
  const { child, first } = await startChild(process.execPath, ['-e', script]);
  try {
    const { port } = first as { port: number };
    const url = `http://127.0.0.1:${port}/`;
    await load({ url, duration: 2 }); // warm-up
    return (await load({ url })).rps;
  } finally {
    await stopChild(child);
  }
}

async function ingest(dataDir: string): Promise<{ rps: number; ok: number; failed: number; stored: number }> {
  const tsx = path.resolve(here, '../node_modules/.bin/tsx');
  const { child, first } = await startChild(tsx, [
    path.join(here, 'messages-server.ts'),
    dataDir,
    String(CITIZENS),
  ]);
  const world = first as World;
  try {
    let n = 0;
    const request = (req: autocannon.Request) => {
      const i = n++;
      const citizen = world.citizens[i % world.citizens.length]!;
      return {
        ...req,
        headers: {
          'content-type': 'application/json',
          cookie: citizen.cookie,
          'x-csrf-token': citizen.csrf,
        },
        body: JSON.stringify({
          clientId: `bench-${process.pid}-${i}`,
          kind: 'text',
          text: TEXTS[i % TEXTS.length],
        }),
      };
    };
    const url = `http://127.0.0.1:${world.port}`;
    const path_ = `/api/accounts/${world.accountId}/messages`;
    const before = countCitizenMessages(world.sqliteFile);
    const run = await load({ url, requests: [{ method: 'POST', path: path_, setupRequest: request }] });
    return { ...run, stored: countCitizenMessages(world.sqliteFile) - before };
  } finally {
    await stopChild(child);
  }
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
    const httpCeiling = await ceiling();
    const messages = await ingest(dir);
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
