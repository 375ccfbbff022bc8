/**
 * A tiny PNG encoder for plain shaded images with an optional accent band: enough for demo covers
 * and test uploads without an image library.
 */
import zlib from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export type Rgb = [number, number, number];

/**
 * A width×height RGB PNG: `colour` fading to a darker shade towards the bottom, and, when
 * given, a thin accent `band` along the bottom edge (a quiet cover, not a flag).
 */
export function solidPng(width: number, height: number, colour: Rgb, band?: Rgb): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const row = (c: Rgb) => {
    const r = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) r.set(c, 1 + x * 3);
    return r;
  };
  const bandStart = band ? Math.round(height * 0.94) : height;
  const bandRow = band ? row(band) : null;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    if (bandRow && y >= bandStart) {
      rows.push(bandRow);
      continue;
    }
    const k = 1 - 0.25 * (y / height);
    rows.push(row(colour.map((v) => Math.round(v * k)) as Rgb));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
