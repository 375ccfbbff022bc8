/**
 * A citizen's evidence screenshot, uploaded before the report is filed (the form shows each
 * image as it is picked). Images only, told by their bytes; re-encoded like article images
 * (EXIF and GPS stripped: a photo of a poster should not reveal where the citizen lives) with
 * a thumbnail for the admin's list. Stored under `evidence/` in the media storage, a prefix
 * the public /media/ route refuses, so only the access-checked route serves them.
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { contentKey, discard, sniffImage, stageUpload } from '../publishing/mediaStore.js';
import { MEDIA_MIME } from '../publishing/mediaTypes.js';
import { processImage } from '../publishing/processImage.js';
import type { MediaStorage } from '../publishing/storage/index.js';
import { FakeReportsRepository, type ScreenshotRow } from './repository.js';

/** A phone screenshot is well under this; larger files are refused while streaming. */
export const SCREENSHOT_MAX_BYTES = 8 * 1024 * 1024;

/** Keys are exactly what we write; anything else is refused before touching storage. */
export const EVIDENCE_KEY = /^evidence\/[0-9a-f]{2}\/[0-9a-f]{64}\.(jpg|png|gif|webp)$/;

export function evidenceKey(sha256: string, ext: string): string {
  return `evidence/${contentKey(sha256, ext)}`;
}

export async function uploadScreenshot(
  deps: { database: Database; mediaDir: string; mediaStorage: MediaStorage },
  props: { citizenId: number; now: number; file: Readable & { truncated?: boolean } },
): Promise<ScreenshotRow> {
  const staged = await stageUpload(deps.mediaDir, props.file, SCREENSHOT_MAX_BYTES, (head) => {
    if (!sniffImage(head)) throw new AppError('FAKE_REPORT_SCREENSHOT_NOT_IMAGE', { field: 'file' });
    return SCREENSHOT_MAX_BYTES;
  });
  const temps = [staged.tempPath];
  try {
    const ext = staged.size > 0 ? sniffImage(staged.head) : null;
    if (!ext) throw new AppError('FAKE_REPORT_SCREENSHOT_NOT_IMAGE', { field: 'file' });
    const done = await processImage(
      staged.tempPath,
      ext,
      path.join(path.dirname(staged.tempPath), path.basename(staged.tempPath, '.part')),
    );
    temps.push(done.path, done.thumb.path);
    const key = evidenceKey(done.sha256, ext);
    const thumbKey = evidenceKey(done.thumb.sha256, 'webp');
    await deps.mediaStorage.put(key, done.path, MEDIA_MIME[ext]!);
    await deps.mediaStorage.put(thumbKey, done.thumb.path, 'image/webp');
    return await FakeReportsRepository.of(deps.database).insertScreenshot({
      citizen_id: props.citizenId,
      report_id: null,
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
