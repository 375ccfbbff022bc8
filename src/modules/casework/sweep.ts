/**
 * The clock sweep: every running case clock is its own durable timer (cases.clock_next_at +
 * clock_stage, partial index cases_clock_next). The scheduler calls `sweepCaseClocks` every
 * few seconds and once at start-up; it takes the due cases earliest first and, for each, in
 * its own transaction, moves the clock to its next step with a conditional update (still at
 * the same stage and time). Only the sweeper whose update touched the row writes the event and
 * the notifications, so each step fires once, across restarts and concurrent sweepers.
 *
 * - warning / statement_warning → event 'warning', the handling team (admin, responder) is told.
 * - breach / statement_breach → events 'breach' and 'escalated'; the account's leaders and the
 *   supervisors whose region covers the case (its region, else the account's) are told, and the
 *   team too.
 */
import type { Database } from '../../db/database.js';
import type { CaseClockStage } from '../../db/tables/cases.js';
import { appendCaseEvent } from '../cases/events.js';
import { notifyAccountStaff, notifyStaffUser } from '../notifications/notify.js';
import { stepAfter } from './clockSteps.js';
import { CaseworkRepository, type CaseRow } from './repository.js';
import { caseLink } from './transfer.js';

export interface SweepResult {
  /** Due cases looked at. */
  scanned: number;
  /** Steps this sweeper fired (others may have fired the rest). */
  fired: number;
}

export const SWEEP_BATCH = 200;

export async function sweepCaseClocks(
  database: Database,
  now: number,
  limit: number = SWEEP_BATCH,
): Promise<SweepResult> {
  const repo = CaseworkRepository.of(database);
  const due = await repo.dueClocks(now, limit);
  let fired = 0;
  for (const row of due) {
    // A case whose next step is also past (a sweep after downtime) catches up in order.
    let seen: CaseRow | null = row;
    while (seen) {
      const after = await fireStep(repo, seen, now);
      if (!after) break;
      fired++;
      seen = after.clock_next_at !== null && after.clock_next_at <= now ? after : null;
    }
  }
  return { scanned: due.length, fired };
}

/** Fires the row's current step if this sweeper wins it: the row as it is after, or null. */
async function fireStep(repo: CaseworkRepository, seen: CaseRow, now: number): Promise<CaseRow | null> {
  return repo.transaction(async (tx) => {
    const stage = seen.clock_stage!;
    const next = stepAfter(seen);
    const breach = stage === 'breach' || stage === 'statement_breach';
    const statement = stage === 'statement_warning' || stage === 'statement_breach';
    const values = {
      clock_stage: next?.stage ?? null,
      clock_next_at: next?.at ?? null,
      ...(stage === 'warning' ? { warned_at: now } : {}),
      ...(stage === 'breach' ? { breached_at: now } : {}),
    };
    if (!(await tx.advanceClock(seen, values))) return null;
    const updated: CaseRow = { ...seen, ...values };
    const account = await tx.findAccount(seen.account_id);
    const accountName = account?.name ?? '';
    const dueAt = statement ? seen.statement_due_at : seen.due_at;
    await appendCaseEvent(tx.k, {
      caseId: seen.id,
      kind: breach ? 'breach' : 'warning',
      actorKind: 'system',
      actorId: null,
      accountId: seen.account_id,
      public: false,
      data: { stage, dueAt },
      at: now,
    });
    const text = clockTexts(stage, seen, accountName, (dueAt ?? now) - now);
    const link = caseLink(seen.account_id, seen.id);
    const team = await notifyAccountStaff(tx.k, now, {
      accountId: seen.account_id,
      roles: ['admin', 'responder'],
      kind: breach ? 'case.breached' : 'case.warning',
      ...text,
      link,
    });
    if (!breach) return updated;

    const leaders = (
      await notifyAccountStaff(tx.k, now, {
        accountId: seen.account_id,
        roles: ['leader'],
        kind: 'case.escalated',
        ...escalationTexts(stage, seen, accountName),
        link,
      })
    ).filter((id) => !team.includes(id));
    const region = seen.region_code ?? account?.region_code ?? null;
    const supervisors = region ? await tx.supervisorsOf(region) : [];
    const told = new Set([...team, ...leaders]);
    for (const userId of supervisors) {
      if (told.has(userId)) continue;
      await notifyStaffUser(tx.k, now, userId, {
        accountId: null,
        kind: 'case.escalated',
        ...escalationTexts(stage, seen, accountName),
        // Supervisors read the case through the handling account.
        link,
      });
    }
    await appendCaseEvent(tx.k, {
      caseId: seen.id,
      kind: 'escalated',
      actorKind: 'system',
      actorId: null,
      accountId: seen.account_id,
      public: false,
      data: { stage, leaders: leaders.length, supervisors: supervisors.length },
      at: now,
    });
    return updated;
  });
}

type Text = { title: { zh: string; en: string }; body: { zh: string; en: string } };

function leftText(ms: number): { zh: string; en: string } {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { zh: `${minutes} 分钟`, en: `${minutes} min` };
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return { zh: `${h} 小时${m ? ` ${m} 分钟` : ''}`, en: `${h} h${m ? ` ${m} min` : ''}` };
}

export function clockTexts(stage: CaseClockStage, row: CaseRow, accountName: string, leftMs: number): Text {
  const no = row.tracking_no;
  const what = stage.startsWith('statement')
    ? { zh: '首次公开回应', en: 'first public statement' }
    : { zh: '答复', en: 'answer' };
  if (stage === 'breach' || stage === 'statement_breach')
    return {
      title: { zh: `诉求 ${no} 已超过${what.zh}时限`, en: `Case ${no} is past its ${what.en} deadline` },
      body: {
        zh: `${accountName}办理的诉求“${row.title}”已超过${what.zh}时限，已报告单位负责人和属地监管部门，请立即处理。`,
        en: `The case “${row.title}” of ${accountName} is past its ${what.en} deadline; leaders and supervisors were told. Please act now.`,
      },
    };
  const left = leftText(leftMs);
  return {
    title: { zh: `诉求 ${no} 即将超时`, en: `Case ${no} is due soon` },
    body: {
      zh: `${accountName}办理的诉求“${row.title}”距${what.zh}时限还剩 ${left.zh}，请及时办理。`,
      en: `The case “${row.title}” of ${accountName} needs its ${what.en} within ${left.en}.`,
    },
  };
}

function escalationTexts(stage: CaseClockStage, row: CaseRow, accountName: string): Text {
  const statement = stage === 'statement_breach';
  return {
    title: {
      zh: `超时督办：诉求 ${row.tracking_no}`,
      en: `Escalated: case ${row.tracking_no} is overdue`,
    },
    body: {
      zh: `${accountName}未在时限内${statement ? '作出首次公开回应' : '答复'}诉求“${row.title}”，请督促办理。`,
      en: `${accountName} did not ${statement ? 'make its first public statement on' : 'answer'} the case “${row.title}” in time; please follow up.`,
    },
  };
}

/** An answered case the citizen did not reopen closes itself this long after the answer. */
export const AUTO_CLOSE_AFTER_MS = 7 * 86_400_000;

/**
 * Closes answered cases whose answer is older than AUTO_CLOSE_AFTER_MS (the citizen's window to
 * reopen has passed): status closed, public event 'closed' by the system. Each by a conditional
 * update (still answered, same answer time), so a reopen committing meanwhile wins.
 */
export async function closeAnsweredCases(
  database: Database,
  now: number,
  limit = SWEEP_BATCH,
): Promise<number> {
  const repo = CaseworkRepository.of(database);
  const stale = await repo.staleAnswered(now - AUTO_CLOSE_AFTER_MS, limit);
  let closed = 0;
  for (const row of stale) {
    const done = await repo.transaction(async (tx) => {
      const moved = await tx.closeIfStillAnswered(row.id, row.answered_at!, now);
      if (!moved) return false;
      await appendCaseEvent(tx.k, {
        caseId: row.id,
        kind: 'closed',
        actorKind: 'system',
        actorId: null,
        accountId: row.account_id,
        public: true,
        data: { auto: true },
        at: now,
      });
      return true;
    });
    if (done) closed++;
  }
  return closed;
}

/** How often the scheduler sweeps: warnings and breaches fire within this of their time. */
export const SWEEP_INTERVAL_MS = 20_000;
const AUTO_CLOSE_EVERY = 30;

/**
 * The scheduler's loop: a sweep at start-up and every `intervalMs`, never two at once in this
 * process (other processes may sweep too: the conditional update keeps each step single). A
 * full batch is followed at once by another, so a backlog (after downtime) drains quickly.
 */
export function startCaseClockSweep(
  deps: { database: Database; clock: { now(): number }; outbox: { kick(): Promise<void> | void } },
  log?: { warn(obj: unknown, msg?: string): void },
  intervalMs = SWEEP_INTERVAL_MS,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  let ticks = 0;
  const run = () => {
    if (running || stopped) return;
    running = (async () => {
      for (let round = 0; round < 50 && !stopped; round++) {
        const r = await sweepCaseClocks(deps.database, deps.clock.now());
        if (r.fired > 0) void deps.outbox.kick();
        if (r.scanned < SWEEP_BATCH) break;
      }
      // Closing answered cases is not urgent and scans more: every AUTO_CLOSE_EVERY sweeps.
      if (ticks++ % AUTO_CLOSE_EVERY === 0) await closeAnsweredCases(deps.database, deps.clock.now());
    })()
      .catch((err: unknown) => log?.warn({ err }, 'case clock sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
