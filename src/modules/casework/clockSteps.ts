/**
 * The clock steps of a case row after something stopped part of its clock: an answer stops
 * the answer steps (warning, breach), a first statement the statement steps. Steps already
 * fired never fire again: the clock resumes at the step it was at, or later.
 */
import type { CaseClockStage } from '../../db/tables/cases.js';
import { nextClockStep, type CaseDeadlines, type ClockStep } from '../cases/clock.js';
import type { CaseRow } from './repository.js';

const ORDER: CaseClockStage[] = ['statement_warning', 'statement_breach', 'warning', 'breach'];

export function rowDeadlines(row: CaseRow): CaseDeadlines {
  return {
    dueAt: row.due_at,
    warnAt: row.warn_at,
    statementDueAt: row.statement_due_at,
    statementWarnAt: row.statement_warn_at,
  };
}

/**
 * The step the clock should wait for now, given what is stopped: the earliest remaining step
 * not before the one the row is at (null when the clock is already stopped or nothing is left).
 */
export function resumedStep(
  row: CaseRow,
  state: { statementMade: boolean; answered: boolean },
): ClockStep | null {
  if (row.clock_stage === null || row.clock_next_at === null) return null;
  const current: ClockStep = { stage: row.clock_stage, at: row.clock_next_at };
  // The step just before the current one in (time, order): nextClockStep returns what follows it.
  const rank = ORDER.indexOf(current.stage);
  const before: ClockStep =
    rank > 0
      ? { stage: ORDER[rank - 1]!, at: current.at }
      : { stage: ORDER[ORDER.length - 1]!, at: current.at - 1 };
  return nextClockStep(rowDeadlines(row), state, before);
}

/** The step after `row`'s current one (the sweep has just fired it). */
export function stepAfter(row: CaseRow): ClockStep | null {
  if (row.clock_stage === null || row.clock_next_at === null) return null;
  return nextClockStep(
    rowDeadlines(row),
    {
      statementMade: row.statement_at !== null,
      answered: row.status === 'answered' || row.status === 'closed',
    },
    { stage: row.clock_stage, at: row.clock_next_at },
  );
}
