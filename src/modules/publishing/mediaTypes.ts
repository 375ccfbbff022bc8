/**
 * What an uploaded file is, decided from its bytes alone: the client's Content-Type and file
 * name are not trusted (a renamed .exe stays refused, an SVG with a script never passes for a
 * PNG). Each accepted type has a kind, a stored extension, a MIME type and a size limit.
 */
import fs from 'node:fs';
import type { MediaKind } from '../../db/schema.js';

export interface MediaType {
  kind: MediaKind;
  ext: string;
  mime: string;
}

const MB = 1024 * 1024;

/** Per-kind limits: phone photos, a few minutes of audio, a short video, a long report. */
export const MEDIA_LIMITS: Record<MediaKind, number> = {
  image: 10 * MB,
  audio: 30 * MB,
  video: 200 * MB,
  attachment: 50 * MB,
};

/** The most any upload may be; the multipart parser stops there. */
export const MEDIA_MAX_ANY = Math.max(...Object.values(MEDIA_LIMITS));

/** Every extension we store, with its MIME type (serving sets Content-Type from the key). */
export const MEDIA_MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  pdf: 'application/pdf',
  // OFD (GB/T 33190): China's standard format for fixed-layout official documents.
  ofd: 'application/ofd',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

const KIND_OF_EXT: Record<string, MediaKind> = {
  jpg: 'image',
  png: 'image',
  gif: 'image',
  webp: 'image',
  mp4: 'video',
  webm: 'video',
  mp3: 'audio',
  m4a: 'audio',
  ogg: 'audio',
  wav: 'audio',
};

function typeOf(ext: string): MediaType {
  return { kind: KIND_OF_EXT[ext] ?? 'attachment', ext, mime: MEDIA_MIME[ext]! };
}

/** How many leading bytes `sniffHead` wants to see. */
export const HEAD_BYTES = 64;

/** ZIP and OLE2 containers need the whole file; see `sniffContainer`. */
export type HeadVerdict = MediaType | 'zip' | 'ole' | null;

/** The type from the first bytes, or a container to look inside, or null (refused). */
export function sniffHead(head: Buffer): HeadVerdict {
  const ascii = head.subarray(0, 16).toString('latin1');
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return typeOf('jpg');
  if (ascii.startsWith('\x89PNG\r\n\x1a\n')) return typeOf('png');
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return typeOf('gif');
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return typeOf('webp');
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WAVE') return typeOf('wav');
  if (ascii.startsWith('%PDF-')) return typeOf('pdf');
  if (ascii.startsWith('OggS')) return typeOf('ogg');
  if (ascii.startsWith('ID3')) return typeOf('mp3');
  // A bare MPEG audio frame: 11 sync bits, MPEG-1/2/2.5, layer III.
  if (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0 && (head[1]! & 0x06) === 0x02)
    return typeOf('mp3');
  if (ascii.slice(4, 8) === 'ftyp') {
    const brand = ascii.slice(8, 12);
    if (brand === 'M4A ' || brand === 'M4B ') return typeOf('m4a');
    // QuickTime (.mov) does not play in every browser; editors convert to MP4 first.
    if (brand === 'qt  ') return null;
    return typeOf('mp4');
  }
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) {
    // EBML: WebM declares its DocType near the start; plain Matroska is refused.
    return head.includes(Buffer.from('webm', 'latin1')) ? typeOf('webm') : null;
  }
  if (ascii.startsWith('PK\x03\x04')) return 'zip';
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1)
    return 'ole';
  return null;
}

/**
 * Office Open XML files are ZIP archives; which one (if any) is told by the names in the
 * central directory: `[Content_Types].xml` plus `word/`, `xl/` or `ppt/` parts. An OFD
 * document is a ZIP with `OFD.xml` at its root. Other ZIPs (a packed folder, an .apk, a
 * .jar) are refused.
 */
export function sniffZip(file: Buffer): MediaType | null {
  const names = zipEntryNames(file);
  if (names?.includes('OFD.xml')) return typeOf('ofd');
  if (!names || !names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return typeOf('docx');
  if (names.some((n) => n.startsWith('xl/'))) return typeOf('xlsx');
  if (names.some((n) => n.startsWith('ppt/'))) return typeOf('pptx');
  return null;
}

/** Entry names from a ZIP's central directory, or null when it has none we can read. */
export function zipEntryNames(file: Buffer): string[] | null {
  // The end-of-central-directory record sits in the last 22 bytes + a comment of ≤ 64 KiB.
  const from = Math.max(0, file.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = file.length - 22; i >= from; i--) {
    if (file.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = file.readUInt16LE(eocd + 10);
  let at = file.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLen = file.readUInt16LE(at + 28);
    const extraLen = file.readUInt16LE(at + 30);
    const commentLen = file.readUInt16LE(at + 32);
    names.push(file.subarray(at + 46, at + 46 + nameLen).toString('utf8'));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

const OLE_STREAMS: Array<[string, string]> = [
  ['WordDocument', 'doc'],
  ['Workbook', 'xls'],
  ['Book', 'xls'],
  ['PowerPoint Document', 'ppt'],
];

/**
 * Legacy Office files are OLE2 compound files (so are .msi installers); the directory
 * entries (128 bytes each, sector-aligned) name the main stream: WordDocument, Workbook
 * or "PowerPoint Document". We look at every aligned entry rather than walk the FAT.
 */
export function sniffOle(file: Buffer): MediaType | null {
  const sectorSize = 1 << file.readUInt16LE(0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) return null;
  for (let at = sectorSize; at + 128 <= file.length; at += 128) {
    const nameLen = file.readUInt16LE(at + 0x40);
    if (nameLen < 2 || nameLen > 64 || file[at + 0x42] !== 2) continue; // 2 = stream
    const name = file.subarray(at, at + nameLen - 2).toString('utf16le');
    const hit = OLE_STREAMS.find(([n]) => n === name);
    if (hit) return typeOf(hit[1]);
  }
  return null;
}

/** Resolves a container verdict by reading the staged file. */
export async function sniffContainer(verdict: 'zip' | 'ole', filePath: string): Promise<MediaType | null> {
  const file = await fs.promises.readFile(filePath);
  return verdict === 'zip' ? sniffZip(file) : sniffOle(file);
}
