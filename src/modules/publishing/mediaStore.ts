/**
 * Staging of uploads and the shape of media keys. An upload is streamed to a temporary file
 * under `<mediaDir>/tmp` (hashed on the way, its first bytes kept for sniffing), checked and
 * processed there, and only then handed to the media storage (./storage) under its content
 * address `<sha256[0:2]>/<sha256>.<ext>`. Identical files share one key.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../infra/errors.js';

export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;

export const IMAGE_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;
export type ImageExt = keyof typeof IMAGE_TYPES;

/** Storage keys are exactly what we write; anything else (../, other names) is refused. */
export const STORAGE_KEY =
  /^[0-9a-f]{2}\/[0-9a-f]{64}\.(jpg|png|gif|webp|mp4|webm|mp3|m4a|ogg|wav|pdf|ofd|docx?|xlsx?|pptx?)$/;

/** The content address of bytes with this hash. */
export function contentKey(sha256: string, ext: string): string {
  return `${sha256.slice(0, 2)}/${sha256}.${ext}`;
}

export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey}`;
}

/** The image type from the file's first bytes; the client's Content-Type is not trusted. */
export function sniffImage(head: Buffer): ImageExt | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  if (
    head.length >= 8 &&
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png';
  const ascii = head.subarray(0, 12).toString('latin1');
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return 'gif';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'webp';
  return null;
}

export interface StagedFile {
  tempPath: string;
  sha256: string;
  size: number;
  head: Buffer;
}

/** How many leading bytes a staged file keeps for sniffing. */
const HEAD = 64;

/**
 * Streams an upload to a temporary file, hashing it and keeping its first bytes. Refuses
 * (BODY_TOO_LARGE, nothing kept) a file over `maxBytes` or one the parser truncated at its
 * own limit (busboy marks such streams `truncated` instead of failing them). `check`, when
 * given, sees the first bytes as soon as they arrive and may throw (a refused type) or lower
 * the limit (a per-kind size), so a bad 200 MB upload is stopped after its first chunk.
 */
export async function stageUpload(
  root: string,
  source: Readable & { truncated?: boolean },
  maxBytes = MEDIA_MAX_BYTES,
  check?: (head: Buffer) => number,
): Promise<StagedFile> {
  const tmpDir = path.join(root, 'tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tempPath = path.join(tmpDir, `${crypto.randomBytes(12).toString('hex')}.part`);
  const hash = crypto.createHash('sha256');
  let size = 0;
  const headChunks: Buffer[] = [];
  let headLen = 0;
  let limit = maxBytes;
  let checked = !check;
  let tooLarge: AppError = new AppError('BODY_TOO_LARGE', { field: 'file' });
  const runCheck = () => {
    checked = true;
    const lowered = check!(Buffer.concat(headChunks).subarray(0, HEAD));
    if (lowered < limit) {
      limit = lowered;
      tooLarge = new AppError('MEDIA_TOO_LARGE', { field: 'file', details: { maxBytes: lowered } });
    }
  };
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      if (headLen < HEAD) {
        headChunks.push(chunk);
        headLen += chunk.length;
      }
      try {
        if (!checked && headLen >= HEAD) runCheck();
      } catch (err) {
        return cb(err as Error);
      }
      if (size > limit) return cb(tooLarge);
      cb(null, chunk);
    },
    flush(cb) {
      try {
        if (!checked) runCheck();
      } catch (err) {
        return cb(err as Error);
      }
      cb();
    },
  });
  const out = fs.createWriteStream(tempPath);
  try {
    await pipeline(source, tap, out);
    if (source.truncated) throw tooLarge;
    const fh = await fs.promises.open(tempPath, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (err) {
    // A stream failed on its first chunk may still be opening the file: remove it once closed.
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    await discard(tempPath);
    throw err;
  }
  return { tempPath, sha256: hash.digest('hex'), size, head: Buffer.concat(headChunks).subarray(0, HEAD) };
}

export async function discard(tempPath: string): Promise<void> {
  await fs.promises.rm(tempPath, { force: true });
}
