import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../infra/clock.js';
import type { MemorySmsProvider } from '../../infra/sms.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { maskPhone } from './presenters.js';
import { normalizePhone, OTP_SENDS_PER_CLIENT, SIGN_INS_PER_CLIENT } from './sign-in.js';

let phoneSeq = 0;
/** A fresh phone per test, so the send limits of one test never leak into another. */
const freshPhone = () =>
  `137${String(process.pid % 1000).padStart(3, '0')}${String(++phoneSeq).padStart(5, '0')}`;
let ipSeq = 0;
/** A fresh client address per test, so the per-address limits of one test never leak either. */
const freshIp = () => `198.51.${Math.floor(++ipSeq / 250) % 250}.${(ipSeq % 250) + 1}`;

describe('phone numbers', () => {
  it('accepts mainland mobile numbers as typed and refuses the rest', () => {
    expect(normalizePhone('138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('+8613812345678')).toBe('13812345678');
    for (const bad of ['12812345678', '1381234567', '138123456789', 'abc', '']) {
      expect(() => normalizePhone(bad)).toThrow(
        expect.objectContaining({ code: 'INVALID_PHONE', field: 'phone' }),
      );
    }
  });

  it('masks the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describeEachDatabase('citizen sign-in', (ctx) => {
  let app: FastifyInstance;
  let sms: MemorySmsProvider;
  const clock = new ManualClock(Date.now());

  beforeAll(async () => {
    ({ app, sms } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await app.close();
  });

  let ip: string;
  beforeEach(() => {
    ip = freshIp();
  });
  const sendOtp = (phone: string, from = ip) =>
    app.inject({ method: 'POST', url: '/api/auth/otp', payload: { phone }, remoteAddress: from });
  const signIn = (phone: string, code: string, from = ip) =>
    app.inject({ method: 'POST', url: '/api/auth/session', payload: { phone, code }, remoteAddress: from });
  const wrong = (code: string) => (code === '000000' ? '111111' : '000000');

  it('signs a citizen in with the texted code, creates them once, and shows the phone masked', async () => {
    const phone = freshPhone();
    const sent = await sendOtp(phone);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toEqual({ sent: true, expiresInSec: 300, retryAfterSec: 60 });
    const code = sms.lastCodeFor(phone)!;
    expect(code).toMatch(/^\d{6}$/);

    const res = await signIn(phone, code);
    expect(res.statusCode).toBe(200);
    expect(res.json().citizen).toEqual({ phoneMasked: `${phone.slice(0, 3)}****${phone.slice(7)}` });
    const csrfToken = res.json().csrfToken as string;
    const cookie = res.cookies.find((c) => c.name === 'zw_citizen');
    expect(cookie?.httpOnly).toBe(true);

    const session = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { zw_citizen: cookie!.value },
    });
    expect(session.json()).toEqual({ citizen: res.json().citizen, csrfToken });

    // The code is used up: it cannot sign in twice.
    expect((await signIn(phone, code)).json().error.code).toBe('OTP_INVALID');

    // A second sign-in later finds the same citizen.
    clock.advance(61_000);
    await sendOtp(phone);
    await signIn(phone, sms.lastCodeFor(phone)!);
    const rows = await ctx.db.k.selectFrom('citizens').select('id').where('phone', '=', phone).execute();
    expect(rows).toHaveLength(1);

    const out = await app.inject({
      method: 'DELETE',
      url: '/api/auth/session',
      cookies: { zw_citizen: cookie!.value },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { zw_citizen: cookie!.value },
    });
    expect(after.json()).toEqual({ citizen: null, csrfToken: null });
  });

  it('refuses a phone number that is not a mainland mobile with INVALID_PHONE on field phone', async () => {
    const res = await sendOtp('12345');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'INVALID_PHONE', field: 'phone' });
    expect((await signIn('12345', '123456')).json().error.code).toBe('INVALID_PHONE');
  });

  it('sends at most one code a minute to a phone, saying when to retry', async () => {
    const phone = freshPhone();
    expect((await sendOtp(phone)).statusCode).toBe(200);
    clock.advance(20_000);
    const again = await sendOtp(phone);
    expect(again.statusCode).toBe(429);
    expect(again.json().error.code).toBe('OTP_SEND_TOO_SOON');
    expect(again.json().error.details.retryAfterSec).toBe(40);
    expect(sms.sent.filter((s) => s.phone === phone)).toHaveLength(1);
    clock.advance(40_000);
    expect((await sendOtp(phone)).statusCode).toBe(200);
  });

  it('sends at most ten codes an hour to a phone', async () => {
    const phone = freshPhone();
    for (let i = 0; i < 10; i++) {
      expect((await sendOtp(phone)).statusCode).toBe(200);
      clock.advance(61_000);
    }
    const eleventh = await sendOtp(phone);
    expect(eleventh.json().error.code).toBe('OTP_SEND_TOO_SOON');
    // The window opened 10 × 61 s ago; it closes an hour after it opened.
    expect(eleventh.json().error.details.retryAfterSec).toBe(3600 - 610);
    clock.advance(3600_000);
    expect((await sendOtp(phone)).statusCode).toBe(200);
  });

  it('counts wrong codes and burns the code after five, even for the right code', async () => {
    const phone = freshPhone();
    await sendOtp(phone);
    const code = sms.lastCodeFor(phone)!;
    for (let i = 1; i <= 5; i++) {
      const res = await signIn(phone, wrong(code));
      expect(res.json().error).toMatchObject({ code: 'OTP_INVALID', details: { attemptsLeft: 5 - i } });
    }
    const burnt = await signIn(phone, code);
    expect(burnt.statusCode).toBe(429);
    expect(burnt.json().error.code).toBe('OTP_TOO_MANY_ATTEMPTS');
    // A new code starts a fresh count.
    clock.advance(61_000);
    await sendOtp(phone);
    expect((await signIn(phone, sms.lastCodeFor(phone)!)).statusCode).toBe(200);
  });

  it('refuses a code after five minutes with OTP_EXPIRED', async () => {
    const phone = freshPhone();
    await sendOtp(phone);
    const code = sms.lastCodeFor(phone)!;
    clock.advance(5 * 60_000);
    const res = await signIn(phone, code);
    expect(res.json().error.code).toBe('OTP_EXPIRED');
  });

  it('refuses a sign-in when no code was sent', async () => {
    expect((await signIn(freshPhone(), '123456')).json().error.code).toBe('OTP_INVALID');
  });

  it('texts at most 20 codes an hour from one client address, whatever the phones (SMS bombing)', async () => {
    expect(OTP_SENDS_PER_CLIENT.limit).toBe(20);
    // A malformed number sends nothing and uses up nothing.
    expect((await sendOtp('12345')).json().error.code).toBe('INVALID_PHONE');
    for (let i = 0; i < 20; i++) expect((await sendOtp(freshPhone())).statusCode).toBe(200);
    const sentBefore = sms.sent.length;
    const refused = await sendOtp(freshPhone());
    expect(refused.statusCode).toBe(429);
    const { error } = refused.json();
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.details.retryAfterSec).toBeGreaterThan(0);
    expect(error.details.retryAfterSec).toBeLessThanOrEqual(3600);
    expect(refused.headers['retry-after']).toBe(String(error.details.retryAfterSec));
    expect(sms.sent.length).toBe(sentBefore);
    // Another address is not affected; this one may send again once its window is over.
    expect((await sendOtp(freshPhone(), freshIp())).statusCode).toBe(200);
    clock.advance(error.details.retryAfterSec * 1000);
    expect((await sendOtp(freshPhone())).statusCode).toBe(200);
  });

  it('allows 60 sign-in attempts an hour from one client address, then answers RATE_LIMITED', async () => {
    expect(SIGN_INS_PER_CLIENT.limit).toBe(60);
    const phone = freshPhone();
    for (let i = 0; i < 60; i++) {
      expect((await signIn(freshPhone(), '123456')).json().error.code).toBe('OTP_INVALID');
    }
    // Even the right code is refused from this address now.
    await sendOtp(phone);
    const refused = await signIn(phone, sms.lastCodeFor(phone)!);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(refused.headers['retry-after']).toBe(String(refused.json().error.details.retryAfterSec));
    expect(refused.cookies.find((c) => c.name === 'zw_citizen')).toBeUndefined();
    // The code was not touched: the same citizen signs in from another address.
    expect((await signIn(phone, sms.lastCodeFor(phone)!, freshIp())).statusCode).toBe(200);
  });

  it('stores only a keyed hash of the code', async () => {
    const phone = freshPhone();
    await sendOtp(phone);
    const row = await ctx.db.k
      .selectFrom('otp_codes')
      .selectAll()
      .where('phone', '=', phone)
      .executeTakeFirstOrThrow();
    expect(row.code_hash).not.toContain(sms.lastCodeFor(phone)!);
    expect(row.code_hash.length).toBeGreaterThan(20);
  });
});
