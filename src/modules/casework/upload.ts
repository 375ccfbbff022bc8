/**
 * A staff member's file for an answer, uploaded before the answer is sent (the form shows each
 * file as it is picked). Images (told by their bytes, re-encoded without EXIF, with a thumbnail)
 * or PDF (by its magic bytes), at most 10 MB. Stored under `cases/` keys in the media storage,
 * which the public /media/ route refuses: only the access-checked case routes serve them.
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { contentKey, discard, sniffImage, stageUpload } from '../publishing/mediaStore.js';
import { MEDIA_MIME } from '../publishing/mediaTypes.js';
import { processImage } from '../publishing/processImage.js';
import type { MediaStorage } from '../publishing/storage/index.js';
import { CaseworkRepository, type AttachmentRow } from './repository.js';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Keys are exactly what we write; anything else is refused before touching storage. */
export const CASE_KEY = /^cases\/[0-9a-f]{2}\/[0-9a-f]{64}\.(jpg|png|gif|webp|pdf)$/;

const isPdf = (head: Buffer) => head.subarray(0, 5).toString('latin1') === '%PDF-';

/** A file name safe to show and to put in a download header. */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const cleaned = (name ?? '')
    .replace(/[\u0000-\u001f\u007f"\\/]/g, '')
    .trim()
    .slice(0, 120);
  return cleaned || fallback;
}

export async function uploadStaffAttachment(
  deps: { database: Database; mediaDir: string; mediaStorage: MediaStorage },
  props: { staffUserId: number; now: number; filename?: string; file: Readable & { truncated?: boolean } },
): Promise<AttachmentRow> {
  const staged = await stageUpload(deps.mediaDir, props.file, ATTACHMENT_MAX_BYTES, (head) => {
    if (!sniffImage(head) && !isPdf(head)) throw new AppError('CASE_ATTACHMENT_TYPE', { field: 'file' });
    return ATTACHMENT_MAX_BYTES;
  });
  const temps = [staged.tempPath];
  const repo = CaseworkRepository.of(deps.database);
  try {
    if (staged.size === 0) throw new AppError('CASE_ATTACHMENT_TYPE', { field: 'file' });
    const ext = sniffImage(staged.head);
    if (!ext) {
      if (!isPdf(staged.head)) throw new AppError('CASE_ATTACHMENT_TYPE', { field: 'file' });
      const key = `cases/${contentKey(staged.sha256, 'pdf')}`;
      await deps.mediaStorage.put(key, staged.tempPath, 'application/pdf');
      return await repo.insertAttachment({
        case_id: null,
        citizen_id: null,
        staff_user_id: props.staffUserId,
        event_id: null,
        name: cleanFileName(props.filename, 'document.pdf'),
        storage_key: key,
        thumb_key: null,
        mime: 'application/pdf',
        size: staged.size,
        width: null,
        height: null,
        created_at: props.now,
      });
    }
    const done = await processImage(
      staged.tempPath,
      ext,
      path.join(path.dirname(staged.tempPath), path.basename(staged.tempPath, '.part')),
    );
    temps.push(done.path, done.thumb.path);
    const key = `cases/${contentKey(done.sha256, ext)}`;
    const thumbKey = `cases/${contentKey(done.thumb.sha256, 'webp')}`;
    await deps.mediaStorage.put(key, done.path, MEDIA_MIME[ext]!);
    await deps.mediaStorage.put(thumbKey, done.thumb.path, 'image/webp');
    return await repo.insertAttachment({
      case_id: null,
      citizen_id: null,
      staff_user_id: props.staffUserId,
      event_id: null,
      name: cleanFileName(props.filename, `image.${ext}`),
      storage_key: key,
      thumb_key: thumbKey,
      mime: MEDIA_MIME[ext]!,
      size: done.size,
      width: done.width,
      height: done.height,
      created_at: props.now,
    });
  } finally {
    await Promise.all(temps.map((t) => discard(t)));
  }
}
