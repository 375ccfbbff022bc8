/**
 * Media on local disk, `<root>/<key>` (the embedded profile). A put copies to a temporary
 * name, flushes and renames into place, so a reader never sees a half-written file and a
 * crash leaves at most a stray temp file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ByteRange, MediaStorage, StoredObject } from './MediaStorage.js';

export class LocalDiskStorage implements MediaStorage {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    const file = path.resolve(this.root, key);
    // Keys are validated by callers; this keeps a bad one from ever leaving the root.
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`bad media key ${key}`);
    return file;
  }

  async put(key: string, filePath: string, _contentType?: string): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${crypto.randomBytes(6).toString('hex')}.part`;
    try {
      await fs.promises.copyFile(filePath, temp);
      const fh = await fs.promises.open(temp, 'r+');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
      await fs.promises.rename(temp, target);
    } catch (err) {
      await fs.promises.rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const found = await this.stat(key);
    if (!found) return null;
    const file = this.pathOf(key);
    const body = range
      ? fs.createReadStream(file, { start: range.start, end: range.end })
      : fs.createReadStream(file);
    return { body, size: found.size };
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const st = await fs.promises.stat(this.pathOf(key));
      return st.isFile() ? { size: st.size } : null;
    } catch {
      return null;
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}
