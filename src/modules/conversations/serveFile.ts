/**
 * Sends a stored file with single-range support: browsers (Safari above all) fetch audio
 * with `Range` requests and will not play a recording served without them.
 */
import { parseRange } from '../../infra/http/range.js';
import fs from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';

export async function serveFile(
  req: FastifyRequest,
  reply: FastifyReply,
  file: string,
  mime: string,
): Promise<FastifyReply> {
  const size = (await fs.promises.stat(file)).size;
  reply
    .type(mime)
    .header('accept-ranges', 'bytes')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'");
  const range = parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    return reply.status(416).header('content-range', `bytes */${size}`).send();
  }
  if (range) {
    return reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
      .header('content-length', range.end - range.start + 1)
      .send(fs.createReadStream(file, { start: range.start, end: range.end }));
  }
  return reply.header('content-length', size).send(fs.createReadStream(file));
}
