/**
 * Citizen sign-in with a phone number and a one-time SMS code.
 *
 * Codes are six random digits, valid five minutes, stored only as an HMAC keyed with the
 * server's pseudonym key (a leaked table does not reveal codes, and 10^6 codes cannot be
 * brute-forced offline without the key). A phone gets at most one code a minute and ten an
 * hour; a code survives five wrong guesses, then it is burnt.
 *
 * Per-phone limits do not stop one client from texting many phones (SMS bombing, paid for by
 * the government) or guessing across many phones, so each client address also has an hourly
 * budget of sends and of sign-in attempts (routes.ts, through the shared rate limiter).
 */
import type { Clock } from '../../infra/clock.js';
import { hmacBase64Url, randomDigits, safeEqual } from '../../infra/crypto.js';
import { AppError } from '../../infra/errors.js';
import type { SmsProvider } from '../../infra/sms.js';
import type { CitizensRepository } from './repository.js';

export const OTP_TTL_MS = 5 * 60_000;
export const OTP_MIN_GAP_MS = 60_000;
export const OTP_WINDOW_MS = 3600_000;
export const OTP_MAX_SENDS_PER_WINDOW = 10;
export const OTP_MAX_ATTEMPTS = 5;

/** Codes one client address may have texted per hour, whatever the phones. */
export const OTP_SENDS_PER_CLIENT = { name: 'otp-ip', limit: 20, windowMs: 3600_000 };
/** Sign-in attempts (right or wrong) one client address may make per hour. */
export const SIGN_INS_PER_CLIENT = { name: 'citizen-sign-in-ip', limit: 60, windowMs: 3600_000 };

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export interface SignInDeps {
  repo: CitizensRepository;
  clock: Clock;
  sms: SmsProvider;
  /** Pepper of the code hashes. */
  pseudonymKey: string;
}

/** Accepts "138 1234 5678" and "+86 13812345678" as typed; answers the 11 digits. */
export function normalizePhone(input: string): string {
  const digits = input.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (!MAINLAND_MOBILE.test(digits)) throw new AppError('INVALID_PHONE', { field: 'phone' });
  return digits;
}

function hashCode(key: string, phone: string, code: string): string {
  return hmacBase64Url(key, `otp:${phone}:${code}`);
}

/** Sends a fresh code to `phone` unless it was sent one too recently. */
export async function requestOtp(
  deps: SignInDeps,
  props: { phone: string },
): Promise<{ sent: true; expiresInSec: number; retryAfterSec: number }> {
  const phone = normalizePhone(props.phone);
  const now = deps.clock.now();
  const code = randomDigits(6);
  const stored = await deps.repo.storeOtpIfAllowed(
    phone,
    hashCode(deps.pseudonymKey, phone, code),
    now,
    now + OTP_TTL_MS,
    {
      minGapMs: OTP_MIN_GAP_MS,
      windowMs: OTP_WINDOW_MS,
      maxSendsPerWindow: OTP_MAX_SENDS_PER_WINDOW,
    },
  );
  if (!stored) {
    const row = await deps.repo.findOtp(phone);
    throw new AppError('OTP_SEND_TOO_SOON', { details: { retryAfterSec: retryAfterSec(row, now) } });
  }
  await deps.sms.sendCode(phone, code);
  return { sent: true, expiresInSec: OTP_TTL_MS / 1000, retryAfterSec: OTP_MIN_GAP_MS / 1000 };
}

function retryAfterSec(
  row: { sent_at: number; window_start: number; window_sends: number } | undefined,
  now: number,
): number {
  if (!row) return 1;
  let until = row.sent_at + OTP_MIN_GAP_MS;
  if (row.window_sends >= OTP_MAX_SENDS_PER_WINDOW) until = Math.max(until, row.window_start + OTP_WINDOW_MS);
  return Math.max(1, Math.ceil((until - now) / 1000));
}

/**
 * Checks the code and, when right, answers the citizen (created on first sign-in). The code
 * is then used up. Wrong codes count against it; after five it is refused even when right.
 */
export async function verifyOtp(
  deps: SignInDeps,
  props: { phone: string; code: string },
): Promise<{ id: number; phone: string }> {
  const phone = normalizePhone(props.phone);
  const now = deps.clock.now();
  const row = await deps.repo.findOtp(phone);
  if (!row || row.code_hash === '') throw new AppError('OTP_INVALID', { field: 'code' });
  if (row.attempts >= OTP_MAX_ATTEMPTS) throw new AppError('OTP_TOO_MANY_ATTEMPTS');
  if (row.expires_at <= now) throw new AppError('OTP_EXPIRED');

  const code = props.code.trim();
  const guessed = hashCode(deps.pseudonymKey, phone, code);
  if (!/^\d{6}$/.test(code) || !safeEqual(guessed, row.code_hash)) {
    const attempts = (await deps.repo.recordWrongAttempt(phone, row.code_hash)) ?? OTP_MAX_ATTEMPTS;
    throw new AppError('OTP_INVALID', {
      field: 'code',
      details: { attemptsLeft: Math.max(0, OTP_MAX_ATTEMPTS - attempts) },
    });
  }
  // A concurrent request may have used or burnt the code between the read and here.
  if (!(await deps.repo.consumeOtp(phone, guessed, now, OTP_MAX_ATTEMPTS))) {
    throw new AppError('OTP_INVALID', { field: 'code' });
  }
  return deps.repo.findOrCreateCitizen(phone, now);
}
