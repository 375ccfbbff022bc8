import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openDatabase } from './database.js';

async function pragma(file: string, opts: { sqliteSynchronous?: 'FULL' | 'NORMAL' }, name: string) {
  const db = openDatabase({ sqliteFile: file, ...opts });
  try {
    const { rows } = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db.k);
    return Object.values(rows[0] ?? {})[0];
  } finally {
    await db.close();
  }
}

it('opens SQLite in WAL mode with commits that survive power loss unless told otherwise', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zw-db-')), 'z.sqlite');
  expect(await pragma(file, {}, 'journal_mode')).toBe('wal');
  expect(await pragma(file, {}, 'synchronous')).toBe(2); // FULL
  expect(await pragma(file, { sqliteSynchronous: 'NORMAL' }, 'synchronous')).toBe(1);
  expect(await pragma(file, {}, 'foreign_keys')).toBe(1);
});
