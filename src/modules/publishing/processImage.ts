/**
 * Server-side image processing with sharp: what is stored is re-encoded by us, never the
 * uploaded bytes. That strips EXIF/XMP/IPTC metadata — phone photos carry the GPS position
 * of where they were taken, often an official's home — after turning the pixels upright by
 * the EXIF orientation, caps the long edge at 1920 px (phone photos are 4000+ px; readers are
 * on phones; long images keep more, see LONG_IMAGE) and makes a ~360 px WebP thumbnail for
 * lists and the console.
 *
 * Animated GIFs keep their animation: they are stored as uploaded (GIF has no EXIF; the
 * thumbnail is the first frame). Animated WebP is re-encoded frame by frame.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import sharp from 'sharp';
import { AppError } from '../../infra/errors.js';

export const IMAGE_MAX_EDGE = 1920;
/**
 * Long images (长图: notices and infographics several screens tall, common in government
 * accounts) would be unreadable with their long edge at 1920 px; they keep up to 1080 px of
 * width (a phone screen at 3× density) and up to 16,000 px of height instead.
 */
export const LONG_IMAGE = { ratio: 2, width: 1080, height: 16_000 };
export const THUMB_EDGE = 360;
/** Refuses decompression bombs: a 20 KB PNG can claim 50,000 × 50,000 pixels. */
const MAX_INPUT_PIXELS = 80_000_000;

export interface ProcessedImage {
  /** A file with the bytes to store (a new temp file, or the upload itself for GIFs). */
  path: string;
  sha256: string;
  size: number;
  width: number;
  height: number;
  thumb: { path: string; sha256: string; size: number };
}

async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const buf = await fs.promises.readFile(file);
  return { sha256: crypto.createHash('sha256').update(buf).digest('hex'), size: buf.length };
}

/** The box a stored image must fit in (EXIF orientations 5–8 swap width and height). */
function bounds(meta: { width?: number; height?: number; orientation?: number }) {
  const turned = (meta.orientation ?? 1) >= 5;
  const w = (turned ? meta.height : meta.width) ?? 1;
  const h = (turned ? meta.width : meta.height) ?? 1;
  return h / w > LONG_IMAGE.ratio
    ? { width: LONG_IMAGE.width, height: LONG_IMAGE.height }
    : { width: IMAGE_MAX_EDGE, height: IMAGE_MAX_EDGE };
}

export async function processImage(
  input: string,
  ext: 'jpg' | 'png' | 'gif' | 'webp',
  tempBase: string,
): Promise<ProcessedImage> {
  const open = (animated: boolean) =>
    sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, animated, failOn: 'error' });
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await open(false).metadata();
  } catch (err) {
    throw new AppError('MEDIA_IMAGE_INVALID', { field: 'file', cause: err });
  }
  const animated = (meta.pages ?? 1) > 1;
  const out = `${tempBase}.img`;
  const thumbOut = `${tempBase}.thumb`;
  try {
    let width: number;
    let height: number;
    let path = out;
    if (ext === 'gif') {
      // Stored as uploaded (keeps the animation); only too-large canvases are refused.
      path = input;
      width = meta.width!;
      height = meta.pageHeight ?? meta.height!;
    } else {
      let pipeline = open(animated && ext === 'webp')
        .rotate() // applies the EXIF orientation; the output then carries no metadata at all
        .resize({ ...bounds(meta), fit: 'inside', withoutEnlargement: true });
      pipeline =
        ext === 'jpg'
          ? pipeline.jpeg({ quality: 85, mozjpeg: true })
          : ext === 'png'
            ? pipeline.png({ compressionLevel: 9 })
            : pipeline.webp({ quality: 85 });
      const info = await pipeline.toFile(out);
      width = info.width;
      height = animated && ext === 'webp' ? (info.height / (meta.pages ?? 1)) | 0 : info.height;
    }
    await open(false)
      .rotate()
      .resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toFile(thumbOut);
    const [main, thumb] = await Promise.all([hashFile(path), hashFile(thumbOut)]);
    return { path, ...main, width, height, thumb: { path: thumbOut, ...thumb } };
  } catch (err) {
    await Promise.all([fs.promises.rm(out, { force: true }), fs.promises.rm(thumbOut, { force: true })]);
    if (err instanceof AppError) throw err;
    throw new AppError('MEDIA_IMAGE_INVALID', { field: 'file', cause: err });
  }
}
