/**
 * Checking the code an organisation is registered under, before a person ever looks at it:
 *
 * - the 18-character unified social credit code (统一社会信用代码, GB 32100-2015): 31 allowed
 *   characters (digits and capital letters without I, O, S, V, Z), position 1 the
 *   registration authority, 2 the organisation type, 3–8 the GB/T 2260 region code, 9–17 the
 *   organisation code and 18 a check character: C18 = 31 − (Σ value(Ci)·Wi mod 31), with
 *   Wi = 3^(i−1) mod 31 and 31 written as "0".
 * - the older 9-character organisation code (组织机构代码, GB 11714-1997), often written
 *   "XXXXXXXX-X": 8 digits or capital letters and a check character
 *   C9 = 11 − (Σ value(Ci)·Wi mod 11) with W = 3 7 9 10 5 8 4 2 (A = 10 … Z = 35); 10 is
 *   written "X" and 11 "0".
 *
 * The check characters catch every single-character typo and most swaps: what a clerk copying a
 * certificate gets wrong. Pure functions; no I/O. Server files the console imports use `.js`.
 */

export type CreditCodeProblem = 'CREDIT_CODE_LENGTH' | 'CREDIT_CODE_CHARACTERS' | 'CREDIT_CODE_CHECK';

export type CreditCodeCheck =
  | { ok: true; code: string; kind: 'uscc' | 'organisation' }
  | {
      ok: false;
      problem: CreditCodeProblem;
      /** 1-based position of the first bad character. */ position?: number;
      expected?: string;
    };

/** GB 32100-2015, table 1: the 31 characters and their values 0–30. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Upper case, without the spaces and the hyphen people type into organisation codes. */
export function normalizeCreditCode(input: string): string {
  return input.replace(/[\s\u3000-]/g, '').toUpperCase();
}

/** The check character of the first 17 characters of a unified social credit code. */
export function usccCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(body17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** A character's value in an organisation code: 0–9, A = 10 … Z = 35; -1 when not allowed. */
function orgValue(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (ch >= 'A' && ch <= 'Z') return ch.charCodeAt(0) - 55;
  return -1;
}

/** The check character of an organisation code's first 8 characters. */
export function orgCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgValue(body8[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Checks an 18-character unified social credit code or a 9-character organisation code. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input);
  if (code.length === 18) {
    for (let i = 0; i < 18; i++) {
      const ch = code[i]!;
      // Positions 3–8 are a region code: digits only.
      const allowed = i >= 2 && i <= 7 ? ch >= '0' && ch <= '9' : USCC_CHARSET.includes(ch);
      if (!allowed) return { ok: false, problem: 'CREDIT_CODE_CHARACTERS', position: i + 1 };
    }
    const expected = usccCheckChar(code.slice(0, 17));
    if (code[17] !== expected) return { ok: false, problem: 'CREDIT_CODE_CHECK', position: 18, expected };
    return { ok: true, code, kind: 'uscc' };
  }
  if (code.length === 9) {
    for (let i = 0; i < 8; i++) {
      if (orgValue(code[i]!) < 0) return { ok: false, problem: 'CREDIT_CODE_CHARACTERS', position: i + 1 };
    }
    if (!/^[0-9X]$/.test(code[8]!)) return { ok: false, problem: 'CREDIT_CODE_CHARACTERS', position: 9 };
    const expected = orgCheckChar(code.slice(0, 8));
    if (code[8] !== expected) return { ok: false, problem: 'CREDIT_CODE_CHECK', position: 9, expected };
    return { ok: true, code, kind: 'organisation' };
  }
  return { ok: false, problem: 'CREDIT_CODE_LENGTH' };
}
