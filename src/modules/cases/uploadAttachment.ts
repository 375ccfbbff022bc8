/**
 * A case attachment, uploaded before the case is filed (the form shows each photo as it is
 * picked) or by staff with an answer. Images (told by their bytes) are re-encoded — EXIF and
 * GPS stripped — with a thumbnail; PDFs are kept as they are. Stored under `cases/` keys the
 * public /media/ route refuses, so only the access-checked routes serve them.
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { contentKey, discard, sniffImage, stageUpload } from '../publishing/mediaStore.js';
import { MEDIA_MIME } from '../publishing/mediaTypes.js';
import { processImage } from '../publishing/processImage.js';
import type { MediaStorage } from '../publishing/storage/index.js';
import { cleanFileName } from '../publishing/uploadMedia.js';
import { CasesRepository, type AttachmentRow } from './repository.js';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Keys are exactly what we write; anything else is refused before touching storage. */
export const CASE_KEY = /^cases\/[0-9a-f]{2}\/[0-9a-f]{64}\.(jpg|png|gif|webp|pdf)$/;

function caseKey(sha256: string, ext: string): string {
  return `cases/${contentKey(sha256, ext)}`;
}

function isPdf(head: Buffer): boolean {
  return head.subarray(0, 5).toString('latin1') === '%PDF-';
}

export interface UploadProps {
  /** Exactly one uploader: a citizen (before filing) or a staff user (with an answer). */
  citizenId: number | null;
  staffUserId: number | null;
  now: number;
  file: Readable & { truncated?: boolean };
  fileName?: string;
}

export async function uploadCaseAttachment(
  deps: { database: Database; mediaDir: string; mediaStorage: MediaStorage },
  props: UploadProps,
): Promise<AttachmentRow> {
  const staged = await stageUpload(deps.mediaDir, props.file, ATTACHMENT_MAX_BYTES, (head) => {
    if (!sniffImage(head) && !isPdf(head)) throw new AppError('CASE_ATTACHMENT_TYPE', { field: 'file' });
    return ATTACHMENT_MAX_BYTES;
  });
  const temps = [staged.tempPath];
  try {
    if (staged.size === 0) throw new AppError('CASE_ATTACHMENT_TYPE', { field: 'file' });
    const ext = sniffImage(staged.head);
    const name = cleanFileName(props.fileName);
    const base = {
      case_id: null,
      citizen_id: props.citizenId,
      staff_user_id: props.staffUserId,
      event_id: null,
      created_at: props.now,
    };
    const repo = CasesRepository.of(deps.database);
    if (!ext) {
      const key = caseKey(staged.sha256, 'pdf');
      await deps.mediaStorage.put(key, staged.tempPath, 'application/pdf');
      return await repo.insertAttachment({
        ...base,
        name: name ?? 'document.pdf',
        storage_key: key,
        thumb_key: null,
        mime: 'application/pdf',
        size: staged.size,
        width: null,
        height: null,
      });
    }
    const done = await processImage(
      staged.tempPath,
      ext,
      path.join(path.dirname(staged.tempPath), path.basename(staged.tempPath, '.part')),
    );
    temps.push(done.path, done.thumb.path);
    const key = caseKey(done.sha256, ext);
    const thumbKey = caseKey(done.thumb.sha256, 'webp');
    await deps.mediaStorage.put(key, done.path, MEDIA_MIME[ext]!);
    await deps.mediaStorage.put(thumbKey, done.thumb.path, 'image/webp');
    return await repo.insertAttachment({
      ...base,
      name: name ?? `photo.${ext}`,
      storage_key: key,
      thumb_key: thumbKey,
      mime: MEDIA_MIME[ext]!,
      size: done.size,
      width: done.width,
      height: done.height,
    });
  } finally {
    await Promise.all(temps.map((t) => discard(t)));
  }
}
