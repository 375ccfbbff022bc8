/**
 * Cases benchmark (`npm run bench cases`), on SQLite in a temporary data folder:
 *
 * - `cases.sweep_ms_1m`: the clock sweep's finding query — the due clocks, earliest first,
 *   one batch (what CaseworkRepository.dueClocks runs: clock_next_at <= now ORDER BY
 *   clock_next_at LIMIT 200) — among 1,000,000 open cases, of which 5,000 are due; p50 over
 *   repeated sweeps, through Kysely on the app's database handle. It reads the partial index
 *   cases_clock_next (only running clocks are in it): a range scan of the due ones. Goal < 50 ms.
 * - `cases.sweep_scan_ms_1m`: the very same query with `NOT INDEXED` (a full scan of the
 *   table and a sort), the same run — what the index saves.
 * - `cases.sweep_step_ms_1m`: the full sweepCaseClocks step (finding plus firing each due case
 *   in its own transaction: conditional update, event, notifications to each account's responder
 *   and admin), p50 per sweep of a full batch of due cases; also per case.
 * - `cases.file_rps`: case filing throughput through fileCase itself (validation, routing rule
 *   look-up, policy resolution, clock start, tracking number, participants, event; one
 *   transaction per case), sequential on one SQLite connection, into the same 1,000,000-case
 *   table; every other filing is routed from the door to another department by a rule.
 *   (In-process, not over HTTP: it measures the filing itself, not sessions and JSON.)
 *
 * Seeding (not measured) is one INSERT … SELECT over a recursive counter inside SQLite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { fileCase } from '../src/modules/cases/file.js';
import { CaseworkRepository } from '../src/modules/casework/repository.js';
import { sweepCaseClocks, SWEEP_BATCH } from '../src/modules/casework/sweep.js';
import { openRaw } from './seed.js';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
/** One case in 200 is due (5,000 of a million). */
const DUE_EVERY = 200;
const BATCH = SWEEP_BATCH;
const SWEEPS = Number(process.env.BENCH_SWEEPS ?? 40);
const SCANS = Number(process.env.BENCH_SCANS ?? 5);
const FILINGS = Number(process.env.BENCH_FILINGS ?? 3_000);
const ACCOUNTS = 200;
const H = 3_600_000;
const NOW = Date.UTC(2026, 11, 7, 2, 0, 0);

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const report = (name: string, value: number, unit: string, goal = '') =>
  console.log(`BENCH ${name} ${fmt(value)} ${unit}${goal ? `   (goal ${goal})` : ''}`);

function seed(file: string): { categoryId: number; citizenId: number } {
  const db = openRaw(file);
  try {
    const regions = [
      ['410000', '河南省', null, 1],
      ['410100', '郑州市', '410000', 2],
      ['410105', '金水区', '410100', 3],
      ['411500', '信阳市', '410000', 2],
      ['411502', '浉河区', '411500', 3],
      ['411503', '平桥区', '411500', 3],
    ] as const;
    const insRegion = db.prepare(
      'insert or ignore into regions (code, name, parent_code, level) values (?, ?, ?, ?)',
    );
    for (const r of regions) insRegion.run(...r);
    const insAccount = db.prepare(
      `insert into accounts (id, handle, name, level, department_type, region_code, owning_unit, contact, introduction, verified, created_at, updated_at)
       values (?, ?, ?, 'municipal', 'public_security', ?, '单位', '0376-0000000', '简介', 1, ?, ?)`,
    );
    db.transaction(() => {
      for (let a = 1; a <= ACCOUNTS; a++)
        insAccount.run(a, `bench-case-${a}`, `基准办件单位${a}`, a % 2 ? '411500' : '410100', NOW, NOW);
    })();
    const category = db
      .prepare(
        `insert into case_categories (code, name_zh, name_en, due_hours, time_basis, warn_percent, created_at, updated_at)
         values ('traffic', '交通管理', 'Traffic', 48, 'calendar', 75, ?, ?) returning id`,
      )
      .get(NOW, NOW) as { id: number };
    // Each account's team (admin, responder): the sweep's warnings notify them.
    const insStaff = db.prepare(
      `insert into staff_users (username, password_hash, display_name, created_at) values (?, 'x', ?, ?) returning id`,
    );
    const insRole = db.prepare(
      'insert into staff_roles (user_id, account_id, role, granted_at) values (?, ?, ?, ?)',
    );
    db.transaction(() => {
      for (let a = 1; a <= ACCOUNTS; a++)
        for (const role of ['admin', 'responder']) {
          const u = insStaff.get(`bench-${a}-${role}`, `${role} ${a}`, NOW) as { id: number };
          insRole.run(u.id, a, role, NOW);
        }
    })();
    // Traffic cases in Xinyang go to account 2, wherever they are filed.
    db.prepare(
      `insert into case_routing_rules (category_id, region_prefix, account_id, created_at) values (?, '4115', 2, ?)`,
    ).run(category.id, NOW);
    const citizen = db
      .prepare(`insert into citizens (phone, created_at) values ('13800138000', ?) returning id`)
      .get(NOW) as { id: number };

    // One statement: a recursive counter feeding INSERT … SELECT. Every 200th case is due: filed
    // 36–37 h ago, its warning (at 36 h) not sent yet. The others were filed within the last
    // 47 h, scattered (not in id order, so the index is a real one), their next step ahead: the
    // warning at 36 h, or, when that has passed, the breach at 48 h.
    db.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < @cases)
       insert into cases (tracking_no, kind, category_id, filed_account_id, account_id, citizen_id, anonymous,
         title, description, contact_preference, region_code, status, major, time_basis, warn_percent,
         clock_started_at, warn_at, due_at, clock_next_at, clock_stage, warned_at, source, created_at, updated_at)
       select 'SQ-bench-' || i, 'complaint', @category, 1 + i % @accounts, 1 + (i * 7) % @accounts, @citizen, 0,
         '基准诉求', '基准诉求内容', 'none', case i % 3 when 0 then '410105' when 1 then '411502' else '411503' end,
         'received', 0, 'calendar', 75,
         c, c + 36 * @h, c + 48 * @h,
         case when late then c + 48 * @h else c + 36 * @h end,
         case when late then 'breach' else 'warning' end,
         case when late then c + 36 * @h else null end,
         'app', c, c
       from (select i, c, (c + 36 * @h <= @now and i % @due <> 0) as late
             from (select i,
                     case when i % @due = 0 then @now - 36 * @h - (i * 7919 % 3600) * 1000
                          else @now - 1000 - (i * 2654435761 % (47 * 3600)) * 1000 end as c
                   from n))`,
    ).run({
      cases: CASES,
      category: category.id,
      accounts: ACCOUNTS,
      citizen: citizen.id,
      h: H,
      now: NOW,
      due: DUE_EVERY,
    });
    db.exec('analyze');
    return { categoryId: category.id, citizenId: citizen.id };
  } finally {
    db.close();
  }
}

/** The sweep's finding query: the repository method sweepCaseClocks calls. */
function dueClocks(db: Database, now: number) {
  return CaseworkRepository.of(db).dueClocks(now, BATCH);
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-bench-cases-'));
  let db: Database | null = null;
  try {
    const file = path.join(dir, 'cases.sqlite');
    const fresh = openDatabase({ sqliteFile: file });
    await migrateToLatest(fresh);
    await fresh.close();
    let t = performance.now();
    const world = seed(file);
    console.log(
      `seeded ${CASES} open cases (${Math.floor(CASES / DUE_EVERY)} due) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    // The shipped durability (synchronous FULL: every commit is on disk); ZW_SQLITE_SYNCHRONOUS=NORMAL
    // measures the server's other setting.
    const sync = process.env.ZW_SQLITE_SYNCHRONOUS?.toUpperCase() === 'NORMAL' ? 'NORMAL' : 'FULL';
    console.log(`SQLite synchronous = ${sync}`);
    db = openDatabase({ sqliteFile: file, sqliteSynchronous: sync });

    // ---- finding the due clocks: index vs. scan --------------------------------------------
    for (let i = 0; i < 3; i++) await dueClocks(db, NOW); // prepared statement, warm pages
    const indexed: number[] = [];
    let found = 0;
    for (let i = 0; i < SWEEPS; i++) {
      t = performance.now();
      found = (await dueClocks(db, NOW)).length;
      indexed.push(performance.now() - t);
    }
    const plan = db.k
      .selectFrom('cases')
      .selectAll()
      .where('clock_next_at', 'is not', null)
      .where('clock_next_at', '<=', NOW)
      .orderBy('clock_next_at')
      .limit(BATCH)
      .compile();
    const raw = openRaw(file);
    const detail = (
      raw.prepare(`explain query plan ${plan.sql}`).all(...plan.parameters) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('; ');
    const scanSql = `select * from cases not indexed where clock_next_at is not null and clock_next_at <= ? order by clock_next_at limit ${BATCH}`;
    const scan = raw.prepare(scanSql);
    const scanDetail = (raw.prepare(`explain query plan ${scanSql}`).all(NOW) as { detail: string }[])
      .map((r) => r.detail)
      .join('; ');
    scan.all(NOW);
    const scanned: number[] = [];
    for (let i = 0; i < SCANS; i++) {
      t = performance.now();
      scan.all(NOW);
      scanned.push(performance.now() - t);
    }
    raw.close();
    console.table({
      indexed: { sweeps: indexed.length, found, p50_ms: +fmt(p50(indexed)), plan: detail },
      not_indexed: { sweeps: scanned.length, found, p50_ms: +fmt(p50(scanned)), plan: scanDetail },
    });
    report('cases.sweep_ms_1m', p50(indexed), 'ms', '< 50 ms');
    report('cases.sweep_scan_ms_1m', p50(scanned), 'ms');

    // ---- the full sweep step ---------------------------------------------------------------
    {
      const sweep = sweepCaseClocks;
      await sweep(db, NOW, 5); // warm
      const steps: number[] = [];
      let fired = 0;
      // Full batches only: stop while due cases remain for a whole one.
      const full = Math.max(1, Math.min(10, Math.floor((CASES / DUE_EVERY - 5) / BATCH)));
      for (let i = 0; i < full; i++) {
        t = performance.now();
        const r = await sweep(db, NOW, BATCH);
        steps.push(performance.now() - t);
        fired += r.fired;
      }
      console.table({ sweep: { sweeps: steps.length, fired, p50_ms: +fmt(p50(steps)) } });
      report('cases.sweep_step_ms_1m', p50(steps), 'ms');
      report('cases.sweep_step_per_case_ms', p50(steps) / BATCH, 'ms');
    }

    // ---- filing ---------------------------------------------------------------------------
    {
      const input = (i: number) => ({
        accountId: 1,
        kind: 'complaint' as const,
        categoryId: world.categoryId,
        title: '路口信号灯故障',
        description: `第 ${i} 号基准诉求：路口信号灯长时间不亮，车辆通行混乱。`,
        citizenId: world.citizenId,
        // Every other one in Xinyang: routed to account 2 by the rule.
        regionCode: i % 2 ? '411502' : '410105',
        contactPreference: 'message' as const,
        now: NOW + i,
      });
      for (let i = 0; i < 50; i++) await fileCase(db, input(i)); // warm (calendar cache, statements)
      let routed = 0;
      t = performance.now();
      for (let i = 0; i < FILINGS; i++) if ((await fileCase(db, input(i))).account_id === 2) routed++;
      const s = (performance.now() - t) / 1000;
      console.table({
        file: { filings: FILINGS, routed, seconds: +s.toFixed(2), per_filing_ms: +fmt((s * 1000) / FILINGS) },
      });
      report('cases.file_rps', FILINGS / s, 'req/s');
    }
  } finally {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
