import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  normalizeCreditCode,
  orgCheckChar,
  USCC_CHARSET,
  usccCheckChar,
} from './creditCode.js';

// 91350100M000100Y43 is the worked example of GB 32100-2015; D2143569-X that of GB 11714-1997.
// The others carry check characters computed by hand from the standard's formula.
const VALID_USCC = ['91350100M000100Y43', '114100000051846170', '11100000000013127D', '124100004158001252'];
const VALID_ORG = ['D2143569-X', '00518461-1', '415800122'];

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the standard example and other codes with their check characters', () => {
    for (const code of VALID_USCC) expect(checkCreditCode(code)).toEqual({ ok: true, code, kind: 'uscc' });
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('normalises case and spaces before checking', () => {
    expect(checkCreditCode(' 91350100m000100y43 ')).toMatchObject({ ok: true, code: '91350100M000100Y43' });
    expect(normalizeCreditCode('d2143569-x')).toBe('D2143569X');
  });

  it('refuses every one-character change of a valid code (check character or charset)', () => {
    for (const code of VALID_USCC) {
      for (let i = 0; i < 18; i++) {
        for (const ch of USCC_CHARSET) {
          if (ch === code[i]) continue;
          const changed = code.slice(0, i) + ch + code.slice(i + 1);
          const result = checkCreditCode(changed);
          expect(result.ok, changed).toBe(false);
        }
      }
    }
  });

  it('says which check character was expected', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({
      ok: false,
      problem: 'CREDIT_CODE_CHECK',
      position: 18,
      expected: '3',
    });
  });

  it('refuses letters the standard leaves out (I, O, S, V, Z) and letters in the region part', () => {
    expect(checkCreditCode('9135010OM000100Y43')).toMatchObject({
      problem: 'CREDIT_CODE_CHARACTERS',
      position: 8,
    });
    expect(checkCreditCode('91350100M000100I43')).toMatchObject({
      problem: 'CREDIT_CODE_CHARACTERS',
      position: 16,
    });
    expect(checkCreditCode('S1350100M000100Y43')).toMatchObject({
      problem: 'CREDIT_CODE_CHARACTERS',
      position: 1,
    });
    expect(checkCreditCode('913501/0M000100Y43')).toMatchObject({
      problem: 'CREDIT_CODE_CHARACTERS',
      position: 7,
    });
  });

  it('refuses wrong lengths', () => {
    for (const code of ['', '91350100M000100Y4', '91350100M000100Y433', '12345678', '1234567890'])
      expect(checkCreditCode(code)).toEqual({ ok: false, problem: 'CREDIT_CODE_LENGTH' });
  });
});

describe('organisation code (GB 11714-1997)', () => {
  it('accepts the standard example, with or without the hyphen, and computed codes', () => {
    for (const code of VALID_ORG)
      expect(checkCreditCode(code)).toMatchObject({ ok: true, kind: 'organisation' });
    expect(orgCheckChar('D2143569')).toBe('X');
  });

  // Mod 11 with weights prime to 11 catches any change of a digit; a letter and a digit 11
  // apart (D = 13 and 2) share a residue by the standard's own design, so only digits change here.
  it('refuses every one-character change of the check character and of the body digits', () => {
    for (const raw of VALID_ORG) {
      const code = normalizeCreditCode(raw);
      for (let i = 0; i < 9; i++) {
        if (!/[0-9X]/.test(code[i]!)) continue;
        for (const ch of i === 8 ? '0123456789X' : '0123456789') {
          if (ch === code[i]) continue;
          const changed = code.slice(0, i) + ch + code.slice(i + 1);
          expect(checkCreditCode(changed).ok, changed).toBe(false);
        }
      }
    }
    expect(checkCreditCode('D2143569-1')).toEqual({
      ok: false,
      problem: 'CREDIT_CODE_CHECK',
      position: 9,
      expected: 'X',
    });
  });

  it('refuses a check character other than a digit or X', () => {
    expect(checkCreditCode('D2143569-A')).toMatchObject({
      ok: false,
      problem: 'CREDIT_CODE_CHARACTERS',
      position: 9,
    });
    expect(checkCreditCode('D21435*9-X')).toMatchObject({
      ok: false,
      problem: 'CREDIT_CODE_CHARACTERS',
      position: 7,
    });
  });
});
