import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors.js';

// argon2id (algorithm 2) with OWASP's recommended minimums: 19 MiB, 2 passes.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** At least 10 characters with a letter and a digit: the bar of China's MLPS level 2. */
export function assertStrongPassword(password: string, field = 'password'): void {
  if (password.length < 10 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new AppError('WEAK_PASSWORD', { field });
  }
}
