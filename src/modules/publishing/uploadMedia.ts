import type { Readable } from 'node:stream';
import type { Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { MediaTable } from '../../db/schema.js';
import { AppError } from '../../infra/errors.js';
import { commitUpload, discard, IMAGE_TYPES, sniffImage, stageUpload } from './mediaStore.js';
import { PublishingRepository } from './repository.js';

/**
 * Stores an uploaded image for an account. The type comes from the file's magic bytes
 * (JPEG, PNG, GIF, WebP); anything else is refused and nothing is kept. Files over 10 MB
 * are refused while streaming (BODY_TOO_LARGE), before they fill a disk. Uploading the same
 * image twice to one account returns the first media row.
 */
export async function uploadMedia(
  deps: { database: Database; mediaDir: string },
  props: { accountId: number; actorId: number; now: number; file: Readable & { truncated?: boolean } },
): Promise<Selectable<MediaTable>> {
  const { accountId, actorId, now, file } = props;
  const staged = await stageUpload(deps.mediaDir, file);
  const ext = sniffImage(staged.head);
  if (!ext || staged.size === 0) {
    await discard(staged.tempPath);
    throw new AppError('MEDIA_TYPE_NOT_ALLOWED', { field: 'file' });
  }
  const repo = PublishingRepository.of(deps.database);
  const existing = await repo.findMediaByHash(accountId, staged.sha256);
  if (existing) {
    await discard(staged.tempPath);
    return existing;
  }
  const key = await commitUpload(deps.mediaDir, staged, ext);
  return repo.transaction(async (trx) => {
    const row = await trx.insertMedia({
      account_id: accountId,
      sha256: staged.sha256,
      mime: IMAGE_TYPES[ext],
      size: staged.size,
      storage_key: key,
      created_by: actorId,
      created_at: now,
    });
    await trx.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'media.upload',
      target: `media:${row.id}`,
      details: { sha256: staged.sha256, mime: row.mime, size: row.size },
    });
    return row;
  });
}
