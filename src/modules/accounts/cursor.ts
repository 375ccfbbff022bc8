/** Opaque directory cursors: the sort key of the last row, base64url JSON. */
import { AppError } from '../../infra/errors.js';
import type { DirectoryKey } from './repository.js';

export function encodeCursor(key: DirectoryKey): string {
  return Buffer.from(JSON.stringify([key.verified, key.followers, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string): DirectoryKey {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 3 && v.every((n) => Number.isSafeInteger(n))) {
      const [verified, followers, id] = v as number[];
      return { verified: verified!, followers: followers!, id: id! };
    }
  } catch {
    // fall through: any malformed cursor is the same client error
  }
  throw new AppError('VALIDATION_FAILED', { field: 'cursor' });
}
