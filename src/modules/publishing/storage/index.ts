/** Media storage as configured: S3-compatible when ZW_S3_BUCKET is set, else local disk. */
import type { Config } from '../../../config.js';
import { LocalDiskStorage } from './localDisk.js';
import type { MediaStorage } from './MediaStorage.js';
import { S3Storage } from './s3.js';

export type { ByteRange, MediaStorage, StoredObject } from './MediaStorage.js';
export { LocalDiskStorage } from './localDisk.js';
export { S3Storage } from './s3.js';

export function openMediaStorage(config: Config, mediaDir: string): MediaStorage {
  return config.s3 ? new S3Storage(config.s3) : new LocalDiskStorage(mediaDir);
}
