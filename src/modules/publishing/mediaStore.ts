/**
 * Content-addressed media on local disk: `<root>/<sha256[0:2]>/<sha256>.<ext>`. A file is
 * streamed to a temporary name, flushed, and renamed into place, so a reader never sees a
 * half-written file and a crash leaves at most a stray temp file. Identical uploads share
 * one file. (Scale-out swaps this for S3-compatible storage behind the same functions.)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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
export const STORAGE_KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}\.(jpg|png|gif|webp)$/;

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

/**
 * Streams an upload to a temporary file, hashing it and keeping its first bytes. Refuses
 * (BODY_TOO_LARGE, nothing kept) a file over `maxBytes` or one the parser truncated at its
 * own limit (busboy marks such streams `truncated` instead of failing them).
 */
export async function stageUpload(
  root: string,
  source: Readable & { truncated?: boolean },
  maxBytes = MEDIA_MAX_BYTES,
): Promise<StagedFile> {
  const tmpDir = path.join(root, 'tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tempPath = path.join(tmpDir, `${crypto.randomBytes(12).toString('hex')}.part`);
  const hash = crypto.createHash('sha256');
  let size = 0;
  const headChunks: Buffer[] = [];
  let headLen = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      if (size > maxBytes) return cb(new AppError('BODY_TOO_LARGE', { field: 'file' }));
      if (headLen < 16) {
        headChunks.push(chunk);
        headLen += chunk.length;
      }
      cb(null, chunk);
    },
  });
  try {
    await pipeline(source, tap, fs.createWriteStream(tempPath));
    if (source.truncated) throw new AppError('BODY_TOO_LARGE', { field: 'file' });
    const fh = await fs.promises.open(tempPath, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (err) {
    await discard(tempPath);
    throw err;
  }
  return { tempPath, sha256: hash.digest('hex'), size, head: Buffer.concat(headChunks).subarray(0, 16) };
}

/** Moves a staged file to its content address and returns the storage key. */
export async function commitUpload(root: string, staged: StagedFile, ext: ImageExt): Promise<string> {
  const key = `${staged.sha256.slice(0, 2)}/${staged.sha256}.${ext}`;
  const target = path.join(root, key);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  // Same bytes, same name: replacing an existing copy is harmless and keeps this atomic.
  await fs.promises.rename(staged.tempPath, target);
  return key;
}

export async function discard(tempPath: string): Promise<void> {
  await fs.promises.rm(tempPath, { force: true });
}

export function mediaPath(root: string, storageKey: string): string {
  return path.join(root, storageKey);
}
