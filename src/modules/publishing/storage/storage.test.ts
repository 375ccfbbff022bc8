/**
 * The media storage contract, on local disk and on S3. S3 runs against s3rver, an
 * S3-compatible fake server in Node started here on a random port over a temporary folder
 * (no real S3-compatible server — MinIO, Ceph — is installable in this build environment).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './localDisk.js';
import type { MediaStorage } from './MediaStorage.js';
import { S3Storage } from './s3.js';
import { startS3rver } from './testing.js';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'zw-storage-'));
}

function contract(name: string, open: () => Promise<{ storage: MediaStorage; close: () => Promise<void> }>) {
  describe(`media storage: ${name}`, () => {
    let storage: MediaStorage;
    let close: () => Promise<void>;
    const work = tempDir();
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    const file = path.join(work, 'upload.bin');
    const key = `ab/${'ab'.repeat(32)}.mp4`;

    beforeAll(async () => {
      ({ storage, close } = await open());
      fs.writeFileSync(file, bytes);
    });
    afterAll(async () => {
      await close();
      fs.rmSync(work, { recursive: true, force: true });
    });

    it('a missing key is absent everywhere', async () => {
      expect(await storage.exists(key)).toBe(false);
      expect(await storage.stat(key)).toBeNull();
      expect(await storage.get(key)).toBeNull();
    });

    it('stores a file and streams it back whole and by range', async () => {
      await storage.put(key, file, 'video/mp4');
      expect(await storage.exists(key)).toBe(true);
      expect(await storage.stat(key)).toEqual({ size: bytes.length });
      const whole = await storage.get(key);
      expect(whole!.size).toBe(bytes.length);
      expect(await readAll(whole!.body)).toEqual(bytes);
      const part = await storage.get(key, { start: 100, end: 1099 });
      expect(part!.size).toBe(bytes.length);
      expect(await readAll(part!.body)).toEqual(bytes.subarray(100, 1100));
    });

    it('putting the same key again is harmless (content addressing)', async () => {
      await storage.put(key, file, 'video/mp4');
      expect(await readAll((await storage.get(key))!.body)).toEqual(bytes);
    });

    it('deletes', async () => {
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
      await storage.delete(key); // deleting what is gone is not an error
    });
  });
}

contract('local disk', async () => {
  const root = tempDir();
  const storage = new LocalDiskStorage(root);
  return { storage, close: async () => fs.rmSync(root, { recursive: true, force: true }) };
});

contract('S3 (s3rver)', async () => {
  const s3 = await startS3rver();
  const storage = new S3Storage({ ...s3.options, prefix: 'media/' });
  return {
    storage,
    close: async () => {
      storage.client.destroy();
      await s3.stop();
    },
  };
});

describe('local disk storage keys', () => {
  it('never leaves its root', async () => {
    const storage = new LocalDiskStorage(tempDir());
    await expect(storage.stat('../../etc/passwd')).resolves.toBeNull();
    await expect(storage.put('../escape.png', __filename, 'image/png')).rejects.toThrow(/bad media key/);
  });
});

describe('media storage configuration', () => {
  it('ZW_S3_BUCKET selects S3 (path-style, with the endpoint and keys given); otherwise local disk', async () => {
    const { loadConfig } = await import('../../../config.js');
    const { openMediaStorage } = await import('./index.js');
    const local = openMediaStorage(loadConfig({ DATA_DIR: tempDir() }), tempDir());
    expect(local).toBeInstanceOf(LocalDiskStorage);

    const config = loadConfig({
      ZW_S3_BUCKET: 'zw-media',
      ZW_S3_ENDPOINT: 'http://127.0.0.1:9000',
      ZW_S3_REGION: 'cn-north-1',
      ZW_S3_ACCESS_KEY_ID: 'id',
      ZW_S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.s3).toMatchObject({
      bucket: 'zw-media',
      endpoint: 'http://127.0.0.1:9000',
      region: 'cn-north-1',
    });
    const s3 = openMediaStorage(config, tempDir());
    expect(s3).toBeInstanceOf(S3Storage);
    expect(await (s3 as S3Storage).client.config.region()).toBe('cn-north-1');
    expect((s3 as S3Storage).client.config.forcePathStyle).toBe(true);
    (s3 as S3Storage).client.destroy();
  });
});
