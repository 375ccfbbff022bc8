/**
 * Regex keywords are checked for catastrophic backtracking before they are stored, with
 * `recheck` (automata theory plus fuzzing). Its default backend runs the checker in a
 * separate native process where one is shipped for the platform, so a check does not block
 * the event loop; elsewhere it falls back to its pure-JavaScript build. Each check is bounded
 * by recheck's own `timeout`, and one save has an overall budget.
 *
 * Policy: exponential → unsafe. Polynomial of degree 3 or more → unsafe. Quadratic (`办理.*进度`
 * is quadratic, like most unanchored patterns with `.*`) is accepted, because regexes only
 * ever see REGEX_INPUT_MAX (500) folded characters: at most ~250,000 steps, well under a
 * millisecond. A pattern recheck cannot decide (timeout, unsupported syntax) is refused —
 * what cannot be shown safe is not stored.
 */
import { check } from 'recheck';
import { foldPattern } from './fold.js';

export type RegexVerdict =
  { ok: true; folded: string } | { ok: false; reason: 'invalid' | 'unsafe'; detail: string };

const PER_CHECK_MS = 2_000;
const verdicts = new Map<string, RegexVerdict>();

/** Checks one pattern (as typed) with the deadline of the save it belongs to. */
export async function checkRegex(source: string, deadline: number): Promise<RegexVerdict> {
  const folded = foldPattern(source);
  const known = verdicts.get(folded);
  if (known) return known;
  let verdict: RegexVerdict;
  try {
    new RegExp(folded, 'u');
  } catch (e) {
    return { ok: false, reason: 'invalid', detail: (e as Error).message };
  }
  const budget = Math.min(PER_CHECK_MS, deadline - Date.now());
  if (budget <= 0) return { ok: false, reason: 'unsafe', detail: 'not checked in time' };
  const d = await check(folded, 'u', { timeout: budget });
  if (d.status === 'safe') verdict = { ok: true, folded };
  else if (d.status === 'vulnerable')
    verdict =
      d.complexity.type === 'polynomial' && d.complexity.degree <= 2
        ? { ok: true, folded }
        : { ok: false, reason: 'unsafe', detail: d.complexity.summary };
  else if (d.error.kind === 'invalid') verdict = { ok: false, reason: 'invalid', detail: d.error.message };
  else if (d.error.kind === 'timeout' || d.error.kind === 'cancel')
    return { ok: false, reason: 'unsafe', detail: 'not checked in time' };
  else verdict = { ok: false, reason: 'unsafe', detail: d.error.message };
  // Verdicts depend only on the pattern; a re-saved rule does not pay for its checks again.
  if (verdicts.size > 5_000) verdicts.clear();
  verdicts.set(folded, verdict);
  return verdict;
}
