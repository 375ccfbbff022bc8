/**
 * What citizens may send as media, told by the file's first bytes (the declared type is not
 * trusted): images as for articles, and the voice formats browsers record (MediaRecorder:
 * WebM/Ogg Opus on Chrome and Firefox, MP4/AAC on Safari) plus MP3 and raw AAC.
 */
import { IMAGE_TYPES, sniffImage } from '../publishing/mediaStore.js';

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const VOICE_MAX_BYTES = 2 * 1024 * 1024;

export const VOICE_TYPES = {
  webm: 'audio/webm',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  aac: 'audio/aac',
} as const;
export type VoiceExt = keyof typeof VOICE_TYPES;

export interface Sniffed {
  kind: 'image' | 'voice';
  ext: string;
  mime: string;
}

/** Major brands of still-image files in the ISO media format (HEIF, HEIC, AVIF). */
const IMAGE_BRANDS = new Set([
  'heic',
  'heix',
  'hevc',
  'hevx',
  'heim',
  'heis',
  'mif1',
  'msf1',
  'avif',
  'avis',
]);

export function sniffVoice(head: Buffer): VoiceExt | null {
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return 'webm';
  const ascii = head.subarray(0, 12).toString('latin1');
  if (ascii.startsWith('OggS')) return 'ogg';
  // ISO media: MP4 audio, but also HEIC/AVIF photos, which share the box layout and would
  // otherwise be stored as "voice" (iPhones pick HEIC for image/* inputs).
  if (ascii.slice(4, 8) === 'ftyp') return IMAGE_BRANDS.has(ascii.slice(8, 12)) ? null : 'm4a';
  if (ascii.startsWith('ID3')) return 'mp3';
  if (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0) {
    // An MPEG frame sync; layer bits 00 mean an ADTS (AAC) header, anything else MP3.
    return (head[1]! & 0x06) === 0 ? 'aac' : 'mp3';
  }
  return null;
}

export function sniffMessageMedia(head: Buffer): Sniffed | null {
  const image = sniffImage(head);
  if (image) return { kind: 'image', ext: image, mime: IMAGE_TYPES[image] };
  const voice = sniffVoice(head);
  if (voice) return { kind: 'voice', ext: voice, mime: VOICE_TYPES[voice] };
  return null;
}

/** Citizens' media are served through an access check, never from the public /media/ tree. */
export function citizenMediaUrl(id: number): string {
  return `/api/messages/media/${id}`;
}

/** Storage keys are exactly what we write; anything else is refused before touching the disk. */
export const CITIZEN_STORAGE_KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}\.(jpg|png|gif|webp|webm|ogg|m4a|mp3|aac)$/;
