import { hashPassword, verifyPassword } from '../../infra/auth/password.js';
import { randomToken } from '../../infra/crypto.js';
import { AppError } from '../../infra/errors.js';
import type { StaffRepository, StaffUserRow } from './repository.js';

/** Failed attempts allowed per username inside the window before sign-in is refused. */
export const MAX_FAILED_SIGN_INS = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

// Unknown usernames are verified against this hash so they cost the same time as known
// ones: response timing does not tell which usernames exist.
let dummyHash: Promise<string> | null = null;
const dummy = () => (dummyHash ??= hashPassword(randomToken()));

export interface SignInProps {
  username: string;
  password: string;
  now: number;
}

/**
 * Checks credentials with brute-force protection. Each attempt is recorded before the check
 * and counted with the attempts before it, so concurrent guesses cannot slip past the limit;
 * a successful sign-in clears the count.
 */
export async function signIn(repo: StaffRepository, props: SignInProps): Promise<StaffUserRow> {
  const username = props.username.trim().toLowerCase();
  const { now } = props;
  await repo.recordSignInAttempt(username, now, SIGN_IN_WINDOW_MS);
  const recent = await repo.recentSignInAttempts(username, now - SIGN_IN_WINDOW_MS);
  if (recent.count > MAX_FAILED_SIGN_INS) {
    const retryAfterSec = Math.max(1, Math.ceil(((recent.oldest ?? now) + SIGN_IN_WINDOW_MS - now) / 1000));
    throw new AppError('RATE_LIMITED', { details: { retryAfterSec } });
  }
  const user = await repo.findUserByUsername(username);
  const ok = await verifyPassword(user?.password_hash ?? (await dummy()), props.password);
  if (!user || !ok) throw new AppError('BAD_CREDENTIALS');
  // Only after the right password: a disabled user's existence is not told to guessers.
  if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
  await repo.clearSignInAttempts(username);
  return user;
}
