import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, ensureRegion } from '../../test/factories.js';

// A suite of its own: its database holds only the accounts below, so totals are exact.
describeEachDatabase('accounts: directory statistics', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp(ctx.db));
    await ensureRegion(ctx.db, '410000', '河南省');
    await ensureRegion(ctx.db, '411500', '信阳市');
    await ensureRegion(ctx.db, '411525', '固始县');
    await ensureRegion(ctx.db, '410100', '郑州市');
    await ensureRegion(ctx.db, '420000', '湖北省');
    const mk = (o: Parameters<typeof buildAccount>[1]) => buildAccount(ctx.db, o);
    // Henan: 3 public security (one verified), 1 education, 1 judicial; Hubei: 1 public security.
    await mk({ level: 'county', department_type: 'public_security', region_code: '411525', verified: 1 });
    await mk({ level: 'county', department_type: 'public_security', region_code: '411525' });
    await mk({ level: 'municipal', department_type: 'public_security', region_code: '411500' });
    await mk({ level: 'municipal', department_type: 'education', region_code: '410100', verified: 1 });
    await mk({ level: 'provincial', department_type: 'judicial', region_code: '410000' });
    await mk({ level: 'provincial', department_type: 'public_security', region_code: '420000' });
    // Suspended accounts are not counted anywhere.
    await mk({ level: 'national', department_type: 'tourism', region_code: '410000', status: 'suspended' });
    await mk({ level: 'county', department_type: 'education', region_code: '411525', status: 'suspended' });
  });
  afterAll(async () => {
    await app.close();
  });
  const stats = async (query = '') => {
    const res = await app.inject({ method: 'GET', url: `/api/directory/stats${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const counts = (rows: Array<{ accounts: number } & Record<string, unknown>>, key: string) =>
    Object.fromEntries(rows.map((r) => [r[key], r.accounts]));

  it('counts active accounts by level (every level, in order) and by department (most first)', async () => {
    const s = await stats();
    expect(s).toMatchObject({ total: 6, verified: 2 });
    expect(s.byLevel.map((l: { level: string }) => l.level)).toEqual([
      'national',
      'provincial',
      'municipal',
      'county',
      'township',
    ]);
    expect(counts(s.byLevel, 'level')).toEqual({
      national: 0,
      provincial: 2,
      municipal: 2,
      county: 2,
      township: 0,
    });
    expect(s.byLevel[0]).toEqual({ level: 'national', zh: '国家级', en: 'National', accounts: 0 });
    expect(s.byDepartment).toEqual([
      { key: 'public_security', zh: '公安', en: 'Public security', accounts: 4 },
      { key: 'judicial', zh: '司法', en: 'Justice', accounts: 1 },
      { key: 'education', zh: '教育', en: 'Education', accounts: 1 },
    ]);
  });

  it('names the largest provinces without a region filter', async () => {
    expect((await stats()).byRegion).toEqual([
      { code: '410000', name: '河南省', accounts: 5 },
      { code: '420000', name: '湖北省', accounts: 1 },
    ]);
  });

  it('counts a region and every region inside it, broken down one level below', async () => {
    const henan = await stats('?region=410000');
    expect(henan).toMatchObject({ total: 5, verified: 2 });
    expect(counts(henan.byDepartment, 'key')).toEqual({ public_security: 3, judicial: 1, education: 1 });
    // The provincial account registered at 410000 itself counts under the province's own code.
    expect(henan.byRegion).toEqual([
      { code: '411500', name: '信阳市', accounts: 3 },
      { code: '410000', name: '河南省', accounts: 1 },
      { code: '410100', name: '郑州市', accounts: 1 },
    ]);

    const xinyang = await stats('?region=411500');
    expect(xinyang).toMatchObject({ total: 3, verified: 1 });
    expect(counts(xinyang.byLevel, 'level')).toMatchObject({ municipal: 1, county: 2 });
    expect(xinyang.byRegion).toEqual([
      { code: '411525', name: '固始县', accounts: 2 },
      { code: '411500', name: '信阳市', accounts: 1 },
    ]);

    const gushi = await stats('?region=411525');
    expect(gushi).toMatchObject({ total: 2, verified: 1 });
    expect(gushi.byDepartment).toEqual([
      { key: 'public_security', zh: '公安', en: 'Public security', accounts: 2 },
    ]);
    expect(gushi).not.toHaveProperty('byRegion');
  });

  it('answers zeros, not an error, for a region without accounts', async () => {
    await ensureRegion(ctx.db, '430000', '湖南省');
    const s = await stats('?region=430000');
    expect(s).toMatchObject({ total: 0, verified: 0, byDepartment: [], byRegion: [] });
    expect(s.byLevel.every((l: { accounts: number }) => l.accounts === 0)).toBe(true);
  });

  it('is public and cacheable for five minutes', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/directory/stats' });
    expect(res.headers['cache-control']).toBe('public, max-age=300');
  });

  it('refuses an unknown or malformed region with the field named', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/api/directory/stats?region=990000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'REGION_NOT_FOUND', field: 'region' });
    const malformed = await app.inject({ method: 'GET', url: '/api/directory/stats?region=41' });
    expect(malformed.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'region' });
  });
});
