/**
 * Where media bytes live. Keys are content addresses (`ab/<sha256>.<ext>`), so a key's bytes
 * never change: `put` of an existing key is harmless, and readers may cache forever.
 * Embedded profile: LocalDiskStorage; scale-out: S3Storage (any S3-compatible store), so every
 * API process serves the same files.
 */
import type { Readable } from 'node:stream';
import type { ByteRange } from '../../../infra/http/range.js';

export type { ByteRange };

export interface StoredObject {
  body: Readable;
  /** Size of the whole object (not of the range). */
  size: number;
}

export interface MediaStorage {
  /** Stores a local file (a staged upload or a processed image) under `key`. */
  put(key: string, filePath: string, contentType: string): Promise<void>;
  /** A stream of the object, or of one byte range of it; null when absent. */
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
  /** The object's size, or null when absent. */
  stat(key: string): Promise<{ size: number } | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}
