import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { MediaTable } from '../../db/schema.js';
import { AppError } from '../../infra/errors.js';
import { contentKey, discard, stageUpload } from './mediaStore.js';
import {
  MEDIA_LIMITS,
  MEDIA_MAX_ANY,
  sniffContainer,
  sniffHead,
  type HeadVerdict,
  type MediaType,
} from './mediaTypes.js';
import { processImage } from './processImage.js';
import { PublishingRepository } from './repository.js';
import type { MediaStorage } from './storage/index.js';

/** Names are shown and linked as typed, but without paths, control characters or excess length. */
export function cleanFileName(name: string | undefined): string | null {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = [...base.replace(/[\u0000-\u001f\u007f<>"]/g, '').trim()].slice(0, 120).join('');
  return clean === '' ? null : clean;
}

/**
 * Stores an uploaded file for an account: an image (JPEG, PNG, GIF, WebP; re-encoded, EXIF
 * stripped, long edge ≤ 1920 px, with a thumbnail), a video (MP4, WebM), an audio file (MP3,
 * M4A, OGG, WAV) or an attachment (PDF, DOC/DOCX, XLS/XLSX, PPT/PPTX). The type comes from
 * the file's bytes (mediaTypes.ts); anything else is refused (MEDIA_TYPE_NOT_ALLOWED) as soon
 * as its first bytes arrive, and a file over its kind's limit while streaming
 * (MEDIA_TOO_LARGE); nothing is kept. The same file uploaded twice to one account returns the
 * first media row.
 */
export async function uploadMedia(
  deps: { database: Database; mediaDir: string; mediaStorage: MediaStorage },
  props: {
    accountId: number;
    actorId: number;
    now: number;
    file: Readable & { truncated?: boolean };
    fileName?: string;
  },
): Promise<Selectable<MediaTable>> {
  const { accountId, actorId, now, file } = props;
  const sniffed: { verdict: HeadVerdict } = { verdict: null };
  const staged = await stageUpload(deps.mediaDir, file, MEDIA_MAX_ANY, (head) => {
    const verdict = (sniffed.verdict = sniffHead(head));
    if (!verdict) throw new AppError('MEDIA_TYPE_NOT_ALLOWED', { field: 'file' });
    // Containers (Office files) are told apart after staging; they are attachments either way.
    return MEDIA_LIMITS[typeof verdict === 'string' ? 'attachment' : verdict.kind];
  });
  const verdict = sniffed.verdict;
  const temps = [staged.tempPath];
  try {
    const type: MediaType | null =
      staged.size === 0 || verdict === null
        ? null
        : typeof verdict === 'string'
          ? await sniffContainer(verdict, staged.tempPath)
          : verdict;
    if (!type) throw new AppError('MEDIA_TYPE_NOT_ALLOWED', { field: 'file' });

    const repo = PublishingRepository.of(deps.database);
    const existing = await repo.findMediaByHash(accountId, staged.sha256);
    if (existing) return existing;

    let stored = { path: staged.tempPath, sha256: staged.sha256, size: staged.size };
    let image: { width: number; height: number; thumbKey: string } | null = null;
    if (type.kind === 'image') {
      const done = await processImage(
        staged.tempPath,
        type.ext as 'jpg' | 'png' | 'gif' | 'webp',
        path.join(path.dirname(staged.tempPath), path.basename(staged.tempPath, '.part')),
      );
      temps.push(done.path, done.thumb.path);
      stored = done;
      const thumbKey = contentKey(done.thumb.sha256, 'webp');
      await deps.mediaStorage.put(thumbKey, done.thumb.path, 'image/webp');
      image = { width: done.width, height: done.height, thumbKey };
    }
    const key = contentKey(stored.sha256, type.ext);
    await deps.mediaStorage.put(key, stored.path, type.mime);

    return await repo.transaction(async (trx) => {
      const row = await trx.insertMedia({
        account_id: accountId,
        // The upload's hash (so the same upload is found again); the key hashes what is stored.
        sha256: staged.sha256,
        mime: type.mime,
        size: stored.size,
        storage_key: key,
        created_by: actorId,
        created_at: now,
        kind: type.kind,
        original_name: cleanFileName(props.fileName),
        width: image?.width ?? null,
        height: image?.height ?? null,
        thumb_key: image?.thumbKey ?? null,
      });
      await trx.audit({
        at: now,
        actorKind: 'staff',
        actorId,
        accountId,
        action: 'media.upload',
        target: `media:${row.id}`,
        details: { sha256: staged.sha256, mime: row.mime, size: row.size, kind: type.kind },
      });
      return row;
    });
  } finally {
    await Promise.all(temps.map((t) => discard(t)));
  }
}
