/**
 * Small files of every media kind for tests (not imported by production code): real headers,
 * padded bodies. Real enough for magic-byte sniffing; images are real (made with sharp).
 */
import zlib from 'node:zlib';
import sharp from 'sharp';

const pad = (head: Buffer, size = 2048) =>
  Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 7)]);

export function mp4(brand = 'isom', size = 4096): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftyp', 4, 'latin1');
  ftyp.write(brand, 8, 'latin1');
  ftyp.write('isomavc1', 16, 'latin1');
  return pad(ftyp, size);
}

export function webm(docType = 'webm'): Buffer {
  // EBML header: magic, size, then DocType (0x4282) "webm".
  const doc = Buffer.from(docType, 'latin1');
  return pad(
    Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x80 | doc.length]), doc]),
  );
}

export const mp3 = (size = 2048) => pad(Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'), size);
export const mp3Frame = () => pad(Buffer.from([0xff, 0xfb, 0x90, 0x64]));
export const ogg = () => pad(Buffer.from('OggS\x00\x02', 'latin1'));
export function wav(): Buffer {
  const h = Buffer.from('RIFF\0\0\0\0WAVEfmt ', 'latin1');
  h.writeUInt32LE(2040, 4);
  return pad(h);
}
export const pdf = () => pad(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'));
export const exe = () => pad(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'));

/** A ZIP (stored, uncompressed) with the given entries. */
export function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const nameBuf = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const docx = () =>
  zip({
    '[Content_Types].xml': '<Types/>',
    '_rels/.rels': '<Relationships/>',
    'word/document.xml': '<w:document/>',
  });
export const xlsx = () => zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
export const pptx = () => zip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' });

/** An OLE2 compound file whose directory names one stream (WordDocument → .doc, …). */
export function ole(stream: string): Buffer {
  const file = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18); // minor version
  file.writeUInt16LE(3, 0x1a); // major version 3: 512-byte sectors
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e); // sector shift
  const entry = (at: number, name: string, type: number) => {
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(file, at);
    file.writeUInt16LE(n.length, at + 0x40);
    file[at + 0x42] = type;
  };
  entry(512, 'Root Entry', 5);
  entry(512 + 128, '\u0005SummaryInformation', 2);
  entry(512 + 256, stream, 2);
  return file;
}

/** A JPEG of the given size carrying EXIF with a GPS position and an orientation. */
export async function jpegWithGps(width: number, height: number, orientation = 1): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'ZWPhone', Model: 'Test', Copyright: 'zw' },
      // libvips names the GPS IFD "IFD3".
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '32/1 7/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '114/1 4/1 0/1',
      },
    })
    .withMetadata({ orientation })
    .toBuffer();
}

/** A two-frame animated GIF. */
export async function animatedGif(): Promise<Buffer> {
  const frame = (r: number) =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: { r, g: 0, b: 0 } } })
      .png()
      .toBuffer();
  return sharp([await frame(255), await frame(0)], { join: { animated: true } })
    .gif({ delay: [100, 100], loop: 0 })
    .toBuffer();
}
