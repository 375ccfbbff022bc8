import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { discard, stageUpload, type StagedFile } from '../publishing/mediaStore.js';
import { CitizenMediaRepository, type CitizenMediaRow } from './mediaRepository.js';
import { IMAGE_MAX_BYTES, sniffMessageMedia, VOICE_MAX_BYTES } from './mediaTypes.js';
import { ConversationsRepository } from './repository.js';

/** Citizens' uploads live apart from the accounts' public media: they are served only after an access check. */
export function citizenMediaRoot(mediaDir: string): string {
  return path.join(mediaDir, 'conversations');
}

/**
 * Stores an image or voice recording a citizen will send to an account. The type comes from
 * the magic bytes; images may be 5 MB, voice 2 MB (refused while streaming past 5 MB, before
 * a disk fills). The same bytes again from the same citizen for the same account answer the
 * first row. Needs a follow, as sending does.
 */
export async function uploadCitizenMedia(
  deps: { database: Database; mediaDir: string },
  props: { accountId: number; citizenId: number; now: number; file: Readable & { truncated?: boolean } },
): Promise<CitizenMediaRow> {
  const repo = ConversationsRepository.of(deps.database);
  const account = await repo.findAccount(props.accountId);
  if (!account || account.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND');
  if (!(await repo.isFollowing(props.accountId, props.citizenId))) throw new AppError('NOT_FOLLOWING');

  const root = citizenMediaRoot(deps.mediaDir);
  const staged = await stageUpload(root, props.file, IMAGE_MAX_BYTES);
  const sniffed = sniffMessageMedia(staged.head);
  if (!sniffed || staged.size === 0) {
    await discard(staged.tempPath);
    throw new AppError('MESSAGE_MEDIA_TYPE_NOT_ALLOWED', { field: 'file' });
  }
  if (sniffed.kind === 'voice' && staged.size > VOICE_MAX_BYTES) {
    await discard(staged.tempPath);
    throw new AppError('BODY_TOO_LARGE', { field: 'file' });
  }
  const media = new CitizenMediaRepository(deps.database.k);
  const existing = await media.findByHash(props.citizenId, props.accountId, staged.sha256);
  if (existing) {
    await discard(staged.tempPath);
    return existing;
  }
  const key = await commit(root, staged, sniffed.ext);
  return media.insert({
    account_id: props.accountId,
    citizen_id: props.citizenId,
    kind: sniffed.kind,
    sha256: staged.sha256,
    mime: sniffed.mime,
    size: staged.size,
    storage_key: key,
    created_at: props.now,
  });
}

/** Moves the staged file to its content address (same bytes, same name: replacing is harmless). */
async function commit(root: string, staged: StagedFile, ext: string): Promise<string> {
  const key = `${staged.sha256.slice(0, 2)}/${staged.sha256}.${ext}`;
  const target = path.join(root, key);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.rename(staged.tempPath, target);
  return key;
}
