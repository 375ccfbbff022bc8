/** Helpers shared by the accounts and staff tests (not imported by production code). */
import type { Database } from '../../db/database.js';
import { tableNames } from '../../test/databases.js';

// Tables no staff route writes, or that change on every request (sessions, sign-in counts).
const UNWATCHED = new Set([
  'regions',
  'sessions',
  'staff_login_attempts',
  'otp_codes',
  'meta',
  'kysely_migration',
  'kysely_migration_lock',
]);

/**
 * Every row of every table a console request could change, as sorted JSON lines: two equal
 * snapshots prove a refused or failed request changed nothing.
 */
export async function snapshotData(db: Database): Promise<Record<string, string[]>> {
  const tables = (await tableNames(db)).filter((n) => !UNWATCHED.has(n));
  const out: Record<string, string[]> = {};
  for (const name of tables.sort()) {
    const rows = await db.k
      .selectFrom(name as 'accounts')
      .selectAll()
      .execute();
    out[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** A 1×1 PNG, the smallest valid image upload. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A multipart/form-data body with one file field. */
export function multipart(field: string, filename: string, content: Buffer, type: string) {
  const boundary = `----zwmatrix${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
