/**
 * Sends a stored media object over HTTP: the type from the key's extension, immutable caching
 * (keys are content addresses), and single byte ranges — browsers fetch video and audio in
 * ranges (Safari will not play them otherwise) and seek by them.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../infra/errors.js';
import { MEDIA_MIME } from '../mediaTypes.js';
import { parseRange } from '../../../infra/http/range.js';
import type { MediaStorage } from './MediaStorage.js';

/** Office documents download; images, PDF, audio and video open in the browser. */
const INLINE = /^(image|audio|video)\/|^application\/pdf$/;

export async function serveMedia(
  req: FastifyRequest,
  reply: FastifyReply,
  storage: MediaStorage,
  key: string,
): Promise<FastifyReply> {
  const mime = MEDIA_MIME[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
  const found = await storage.stat(key);
  if (!found) throw new AppError('NOT_FOUND');
  reply
    .type(mime)
    .header('accept-ranges', 'bytes')
    // Content-addressed: the bytes behind a key never change.
    .header('cache-control', 'public, max-age=31536000, immutable')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'");
  if (!INLINE.test(mime)) reply.header('content-disposition', 'attachment');
  const range = parseRange(req.headers.range, found.size);
  if (range === 'unsatisfiable') {
    return reply.status(416).header('content-range', `bytes */${found.size}`).send();
  }
  const obj = await storage.get(key, range ?? undefined);
  if (!obj) throw new AppError('NOT_FOUND');
  if (range) {
    return reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${found.size}`)
      .header('content-length', range.end - range.start + 1)
      .send(obj.body);
  }
  return reply.header('content-length', found.size).send(obj.body);
}
