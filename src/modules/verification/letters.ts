/**
 * Authorisation letters: a stamped PDF or a photo/scan of it. They carry names, signatures
 * and seals, so they are not media: stored under `verification/…` keys the public /media/
 * route refuses (its pattern starts with the hash), and read only through `readableLetter`.
 */
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.js';
import type { StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { discard, stageUpload } from '../publishing/mediaStore.js';
import { sniffHead } from '../publishing/mediaTypes.js';
import type { MediaStorage } from '../publishing/storage/index.js';
import { cleanFileName } from '../publishing/uploadMedia.js';
import { VerificationRepository, type LetterRow } from './repository.js';

export const LETTER_MAX_BYTES = 10 * 1024 * 1024;
const LETTER_TYPES: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' };

/** Storage keys of letters: exactly what `uploadLetter` writes. */
export const LETTER_KEY = /^verification\/[0-9a-f]{2}\/[0-9a-f]{64}\.(pdf|jpg|png)$/;

function letterExt(head: Buffer): string | null {
  const v = sniffHead(head);
  return v !== null && typeof v !== 'string' && v.ext in LETTER_TYPES ? v.ext : null;
}

/** Stores a letter for an account (the same bytes twice give the first row). */
export async function uploadLetter(
  deps: { database: Database; mediaDir: string; mediaStorage: MediaStorage },
  props: {
    accountId: number;
    actorId: number;
    now: number;
    file: Readable & { truncated?: boolean };
    fileName?: string;
  },
): Promise<LetterRow> {
  const staged = await stageUpload(deps.mediaDir, props.file, LETTER_MAX_BYTES, (head) => {
    if (!letterExt(head)) throw new AppError('VERIFICATION_LETTER_TYPE', { field: 'file' });
    return LETTER_MAX_BYTES;
  });
  try {
    const ext = letterExt(staged.head);
    if (!ext || staged.size === 0) throw new AppError('VERIFICATION_LETTER_TYPE', { field: 'file' });
    const repo = VerificationRepository.of(deps.database);
    const existing = await repo.findLetterByHash(props.accountId, staged.sha256);
    if (existing) return existing;
    const key = `verification/${staged.sha256.slice(0, 2)}/${staged.sha256}.${ext}`;
    await deps.mediaStorage.put(key, staged.tempPath, LETTER_TYPES[ext]!);
    return await repo.transaction(async (tx) => {
      const row = await tx.insertLetter({
        account_id: props.accountId,
        storage_key: key,
        mime: LETTER_TYPES[ext]!,
        size: staged.size,
        sha256: staged.sha256,
        original_name: cleanFileName(props.fileName),
        uploaded_by: props.actorId,
        created_at: props.now,
      });
      await tx.audit({
        at: props.now,
        actorKind: 'staff',
        actorId: props.actorId,
        accountId: props.accountId,
        action: 'verification.letter_uploaded',
        target: `verification_letter:${row.id}`,
        details: { sha256: staged.sha256, mime: row.mime, size: row.size },
      });
      return row;
    });
  } finally {
    await discard(staged.tempPath);
  }
}

/** Any staff role on the letter's account, or a platform admin; a supervisor's read does not reach letters. */
export function mayReadLetter(viewer: StaffPrincipal, letter: { account_id: number }): boolean {
  if (viewer.isPlatformAdmin) return true;
  const roles = viewer.roles.get(letter.account_id);
  return roles !== undefined && roles.size > 0;
}

/** The letter if the viewer may read it; 404 otherwise (its existence is not told to others). */
export async function readableLetter(
  repo: VerificationRepository,
  viewer: StaffPrincipal,
  letterId: number,
): Promise<LetterRow> {
  const letter = await repo.findLetter(letterId);
  if (!letter || !mayReadLetter(viewer, letter) || !LETTER_KEY.test(letter.storage_key))
    throw new AppError('NOT_FOUND');
  return letter;
}
