/**
 * The Open311 GeoReport v2 server against the real app, on SQLite and PostgreSQL, seen
 * through the client written from the specification: every endpoint in both formats, JSON
 * answers validated against the schemas, XML mapped by the client and compared with the JSON,
 * and every error in both formats with its HTTP status. Setting up (categories, departments,
 * routing rules, keys, other cases) uses the platform's own functions; the checks use the
 * client only, except where a test needs what a client cannot see (a token, a case's contact).
 */
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fileCase } from '../../src/modules/cases/file.js';
import { henanRegions, routingRule, taxonomy } from '../../src/modules/cases/testing.js';
import { setDefaultOpen311Account } from '../../src/modules/open311/door.js';
import { issueOpen311Key, revokeOpen311Key } from '../../src/modules/open311/keys.js';
import { buildTestApp } from '../../src/test/app.js';
import { describeEachDatabase } from '../../src/test/databases.js';
import { buildAccount, buildCitizen } from '../../src/test/factories.js';
import { Open311Client, sameAnswer, type Format, type NewRequest, type Open311Answer } from './client.js';
import { violations } from './schemas.js';

const FORMATS: Format[] = ['json', 'xml'];
const XML_DECL = '<?xml version="1.0" encoding="utf-8"?>';

/** The same call in both formats: JSON valid against `schema`, XML saying the same. */
async function bothFormats(
  call: (format: Format) => Promise<Open311Answer>,
  schema: Parameters<typeof violations>[0],
  status = 200,
): Promise<{ json: Open311Answer; xml: Open311Answer }> {
  const json = await call('json');
  const xml = await call('xml');
  expect(json.status, json.text).toBe(status);
  expect(xml.status, xml.text).toBe(status);
  expect(json.contentType).toBe('application/json; charset=utf-8');
  expect(xml.contentType).toBe('text/xml; charset=utf-8');
  expect(xml.text.startsWith(XML_DECL)).toBe(true);
  expect(violations(schema, json.body)).toEqual([]);
  expect(sameAnswer(xml.body, json.body), `${xml.text}\n${json.text}`).toBe(true);
  return { json, xml };
}

/** An error in both formats: status, the spec's error list, and the code expected. */
async function expectError(call: (format: Format) => Promise<Open311Answer>, status: number, code: string) {
  const { json } = await bothFormats(call, 'errors.json', status);
  expect((json.body as Array<{ code: string }>).map((e) => e.code)).toContain(code);
  return json.body as Array<{ code: string; description: string }>;
}

const TEST_ATTRIBUTES = [
  {
    code: 'plate',
    datatype: 'string',
    required: true,
    description: '车牌号',
    descriptionEn: 'Plate',
    order: 1,
  },
  {
    code: 'count',
    datatype: 'number',
    required: false,
    description: '车辆数',
    descriptionEn: 'Vehicles',
    order: 2,
  },
  {
    code: 'seen_at',
    datatype: 'datetime',
    required: false,
    description: '发现时间',
    descriptionEn: 'Seen at',
    order: 3,
  },
  {
    code: 'notes',
    datatype: 'text',
    required: false,
    description: '补充说明',
    descriptionEn: 'Notes',
    order: 4,
  },
  {
    code: 'severity',
    datatype: 'singlevaluelist',
    required: true,
    description: '紧急程度',
    descriptionEn: 'Severity',
    order: 5,
    values: [
      { key: 'low', name: '一般', nameEn: 'Low' },
      { key: 'high', name: '紧急', nameEn: 'High' },
    ],
  },
  {
    code: 'kinds',
    datatype: 'multivaluelist',
    required: false,
    description: '涉及情形',
    descriptionEn: 'What happened',
    order: 6,
    values: [
      { key: 'parking', name: '违停', nameEn: 'Parking' },
      { key: 'speeding', name: '超速', nameEn: 'Speeding' },
    ],
  },
  {
    code: 'hint',
    datatype: 'text',
    required: false,
    variable: false,
    description: '请勿填写个人隐私',
    order: 7,
  },
];

describeEachDatabase('Open311 GeoReport v2 server', (ctx) => {
  let app: FastifyInstance;
  let base: string;
  let key: string;
  let client: Open311Client;
  let xinyang: Open311Client;
  let letters: { id: number; name: string };
  let traffic: { id: number; name: string };
  let ids: Map<string, number>;
  let appCaseNo: string;
  let reportNo: string;

  beforeAll(async () => {
    ({ app } = await buildTestApp(ctx.db));
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/open311/v2/`;
    await henanRegions(ctx.db);
    ids = await taxonomy(ctx.db);
    const now = Date.now();
    const cat = await ctx.db.k
      .insertInto('case_categories')
      .values({
        code: 'o311-test',
        parent_id: ids.get('traffic')!,
        name_zh: '测试服务',
        name_en: 'Test service',
        description_zh: '用于测试',
        description_en: 'For tests',
        keywords: 'test,测试',
        due_hours: 48,
        statement_hours: null,
        time_basis: 'calendar',
        warn_percent: 75,
        attributes: JSON.stringify(TEST_ATTRIBUTES),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set('o311-test', cat.id);
    letters = await buildAccount(ctx.db, { name: '信阳市信访局', region_code: '411500' });
    traffic = await buildAccount(ctx.db, { name: '信阳交警', region_code: '411500' });
    await routingRule(ctx.db, ids.get('traffic')!, '4115', traffic.id);
    await setDefaultOpen311Account(ctx.db.k, letters.id);
    key = (await issueOpen311Key(ctx.db, { name: 'test client' })).key;
    client = new Open311Client(base, { apiKey: key });
    xinyang = new Open311Client(base, { apiKey: key, jurisdictionId: '411500' });

    // A case a citizen filed in the app, and a report (tip-off), for what the feed shows.
    const citizen = await buildCitizen(ctx.db);
    const common = {
      citizenId: citizen.id,
      categoryId: ids.get('education')!,
      contactPreference: 'phone' as const,
      regionCode: '411502',
      address: '浉河区某小区 3 号楼',
      latitude: 32.1,
      longitude: 114.1,
      now: Date.now() - 3_600_000,
    };
    appCaseNo = (
      await fileCase(ctx.db, {
        ...common,
        accountId: letters.id,
        kind: 'consultation',
        title: '孩子入学咨询',
        description: '我家孩子身份证号 4115…，想咨询入学',
      })
    ).tracking_no;
    reportNo = (
      await fileCase(ctx.db, {
        ...common,
        accountId: letters.id,
        kind: 'report',
        title: '举报某单位',
        description: '举报某单位违规收费的情况',
      })
    ).tracking_no;
  });

  afterAll(async () => {
    await app?.close();
  });

  const create = (fields: NewRequest, format: Format, c = client, apiKey?: string | null) =>
    c.createRequest(fields, format, apiKey);
  const plate = { plate: '豫S12345', severity: 'high' };

  describe('discovery and services', () => {
    it('discovery names this endpoint, its specification and both formats', async () => {
      const { json } = await bothFormats((f) => client.discovery(f), 'discovery.json');
      const body = json.body as { endpoints: Array<{ url: string; formats: string[] }> };
      expect(body.endpoints[0]!.url).toBe(base.replace(/\/$/, ''));
      expect(body.endpoints[0]!.formats).toEqual(['text/xml', 'application/json']);
    });

    it('services list every active category, grouped, with metadata when it has attributes', async () => {
      const { json } = await bothFormats((f) => client.services(f), 'services.json');
      const services = json.body as Array<Record<string, unknown>>;
      const active = await ctx.db.k
        .selectFrom('case_categories')
        .select('code')
        .where('active', '=', 1)
        .execute();
      expect(services.map((s) => s.service_code).sort()).toEqual(active.map((a) => a.code).sort());
      expect(services.find((s) => s.service_code === 'o311-test')).toMatchObject({
        service_name: '测试服务',
        metadata: true,
        type: 'realtime',
        keywords: 'test,测试',
        group: '交通出行',
      });
      expect(services.find((s) => s.service_code === 'education')).toMatchObject({
        metadata: false,
        group: '教育',
      });
    });

    it('an inactive category is no service', async () => {
      await ctx.db.k.updateTable('case_categories').set({ active: 0 }).where('code', '=', 'other').execute();
      try {
        const res = await client.services('json');
        expect((res.body as Array<{ service_code: string }>).map((s) => s.service_code)).not.toContain(
          'other',
        );
        await expectError((f) => client.serviceDefinition('other', f), 404, 'OPEN311_SERVICE_NOT_FOUND');
      } finally {
        await ctx.db.k
          .updateTable('case_categories')
          .set({ active: 1 })
          .where('code', '=', 'other')
          .execute();
      }
    });

    it('a service definition lists its attributes in order, lists with their values', async () => {
      const { json } = await bothFormats(
        (f) => client.serviceDefinition('o311-test', f),
        'service-definition.json',
      );
      const def = json.body as { service_code: string; attributes: Array<Record<string, unknown>> };
      expect(def.service_code).toBe('o311-test');
      expect(def.attributes.map((a) => a.code)).toEqual([
        'plate',
        'count',
        'seen_at',
        'notes',
        'severity',
        'kinds',
        'hint',
      ]);
      expect(def.attributes.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(def.attributes[0]).toMatchObject({
        variable: true,
        datatype: 'string',
        required: true,
        description: '车牌号',
      });
      expect(def.attributes[4]!.values).toEqual([
        { key: 'low', name: '一般' },
        { key: 'high', name: '紧急' },
      ]);
      expect(def.attributes[6]).toMatchObject({ variable: false });
      // A service without attributes has an empty definition.
      const plain = await bothFormats(
        (f) => client.serviceDefinition('education', f),
        'service-definition.json',
      );
      expect(plain.json.body).toEqual({ service_code: 'education', attributes: [] });
    });

    it('unknown service, unknown jurisdiction, unsupported format, unknown path', async () => {
      await expectError(
        (f) => client.serviceDefinition('no-such-service', f),
        404,
        'OPEN311_SERVICE_NOT_FOUND',
      );
      const elsewhere = new Open311Client(base, { jurisdictionId: '999999' });
      await expectError((f) => elsewhere.services(f), 404, 'OPEN311_JURISDICTION_NOT_FOUND');
      await expectError((f) => elsewhere.requests({}, f), 404, 'OPEN311_JURISDICTION_NOT_FOUND');
      await expectError(
        (f) => new Open311Client(base, { jurisdictionId: 'sfgov.org' }).services(f),
        404,
        'OPEN311_JURISDICTION_NOT_FOUND',
      );
      // A known region is a jurisdiction.
      expect((await xinyang.services('json')).status).toBe(200);
      for (const path of ['services.html', 'discovery.csv', 'requests', 'services/o311-test.yaml']) {
        const res = await fetch(new URL(path, base));
        expect(res.status, path).toBe(404);
        expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
        const text = await res.text();
        expect(text).toContain('<errors><error><code>OPEN311_FORMAT_UNSUPPORTED</code>');
      }
      const nowhere = await fetch(new URL('nothing/here.json', base));
      expect(nowhere.status).toBe(404);
      expect(violations('errors.json', await nowhere.json())).toEqual([]);
    });
  });

  describe('creating requests', () => {
    beforeEach(async () => {
      // Each test its own key: together they file more than one key may in a minute.
      key = (await issueOpen311Key(ctx.db, { name: 'test client' })).key;
      client = new Open311Client(base, { apiKey: key });
      xinyang = new Open311Client(base, { apiKey: key, jurisdictionId: '411500' });
    });

    it('files a request at the department a routing rule names for the jurisdiction, in both formats', async () => {
      for (const format of FORMATS) {
        const res = await create(
          {
            service_code: 'o311-test',
            lat: 32.123456,
            long: 114.0654,
            description: `路口长期违停 ${format}\n早高峰尤其严重`,
            email: 'reporter@example.com',
            first_name: '小明',
            last_name: '王',
            phone: '13900001111',
            device_id: 'device-1',
            account_id: 'acct-77',
            media_url: 'https://photos.example.com/p/1.jpg',
            attributes: {
              ...plate,
              count: '3',
              seen_at: '2026-12-01T08:00:00+08:00',
              kinds: ['parking', 'speeding'],
            },
          },
          format,
          xinyang,
        );
        expect(res.status, res.text).toBe(201);
        const body = res.body as Array<Record<string, string>>;
        if (format === 'json') expect(violations('created.json', body)).toEqual([]);
        expect(body).toHaveLength(1);
        expect(body[0]!.service_request_id).toMatch(/^SQ\d{8}-\d{6}$/);
        expect(body[0]!.account_id).toBe('acct-77');
        expect(body[0]!.service_notice).toContain('前答复');

        const id = body[0]!.service_request_id!;
        const { json } = await bothFormats((f) => client.request(id, f), 'requests.json');
        const [req] = json.body as Array<Record<string, unknown>>;
        expect(req).toMatchObject({
          service_request_id: id,
          status: 'open',
          service_code: 'o311-test',
          service_name: '测试服务',
          agency_responsible: '信阳交警',
          lat: 32.123456,
          long: 114.0654,
          media_url: 'https://photos.example.com/p/1.jpg',
          address_id: null,
          zipcode: null,
        });
        expect(req!.description).toContain(`路口长期违停 ${format}`);
        expect(req!.description).toContain('涉及情形：违停、超速');
        expect(
          Date.parse(req!.expected_datetime as string) - Date.parse(req!.requested_datetime as string),
        ).toBe(48 * 3_600_000);
        // The reporter's contact is kept for the department, never shown.
        const text = (await client.request(id, 'json')).text + (await client.request(id, 'xml')).text;
        for (const secret of ['reporter@example.com', '13900001111', '小明', 'device-1'])
          expect(text).not.toContain(secret);
        const row = await ctx.db.k
          .selectFrom('cases')
          .select(['contact', 'source', 'region_code', 'account_id', 'open311_attributes', 'citizen_id'])
          .where('tracking_no', '=', id)
          .executeTakeFirstOrThrow();
        expect(row).toMatchObject({
          source: 'open311',
          region_code: '411500',
          account_id: traffic.id,
          citizen_id: null,
        });
        expect(JSON.parse(row.contact!)).toMatchObject({
          email: 'reporter@example.com',
          phone: '13900001111',
        });
        expect(JSON.parse(row.open311_attributes!)).toMatchObject({
          plate: '豫S12345',
          kinds: ['parking', 'speeding'],
        });
      }
    });

    it('without a rule, the platform default department takes it; with neither, 400', async () => {
      const res = await create({ service_code: 'education', address_string: '信阳市羊山新区' }, 'json');
      expect(res.status, res.text).toBe(201);
      const id = (res.body as Array<{ service_request_id: string }>)[0]!.service_request_id;
      const got = await client.request(id, 'xml');
      expect((got.body as Array<Record<string, string>>)[0]).toMatchObject({
        agency_responsible: '信阳市信访局',
        address: '信阳市羊山新区',
        lat: '',
      });
      await setDefaultOpen311Account(ctx.db.k, null);
      try {
        await expectError(
          (f) => create({ service_code: 'education', address_string: '信阳' }, f),
          400,
          'OPEN311_NO_DEPARTMENT',
        );
      } finally {
        await setDefaultOpen311Account(ctx.db.k, letters.id);
      }
    });

    it('text that looks like markup survives both formats', async () => {
      const res = await create(
        {
          service_code: 'education',
          address_string: '信阳 <b>A & B</b> "路口"',
          description: '一些 <i>文字</i> & 符号',
        },
        'xml',
      );
      expect(res.status, res.text).toBe(201);
      const id = (res.body as Array<{ service_request_id: string }>)[0]!.service_request_id;
      const { json } = await bothFormats((f) => client.request(id, f), 'requests.json');
      expect((json.body as Array<Record<string, unknown>>)[0]).toMatchObject({
        address: '信阳 <b>A & B</b> "路口"',
        description: '一些 <i>文字</i> & 符号',
      });
    });

    it('answers in English when the client prefers it', async () => {
      const services = await fetch(new URL('services.json', base), {
        headers: { 'accept-language': 'en-US,en' },
      });
      const list = (await services.json()) as Array<{
        service_code: string;
        service_name: string;
        group: string;
      }>;
      expect(list.find((s) => s.service_code === 'o311-test')).toMatchObject({
        service_name: 'Test service',
        group: 'Traffic and transport',
      });
      const error = await fetch(new URL('services/none.xml', base), { headers: { 'accept-language': 'en' } });
      expect(error.status).toBe(404);
      expect(await error.text()).toContain('<description>Unknown service_code: none</description>');
    });

    it('accepts multipart and JSON bodies too, and jurisdiction_id in the URL', async () => {
      const multipart = new FormData();
      for (const [name, value] of Object.entries({
        api_key: key,
        service_code: 'o311-test',
        lat: '32.1',
        long: '114.1',
      }))
        multipart.append(name, value);
      multipart.append('attribute[plate]', '豫S00001');
      multipart.append('attribute[severity]', 'low');
      multipart.append('photo', new Blob([new Uint8Array(2048)], { type: 'image/jpeg' }), 'photo.jpg');
      const viaMultipart = await fetch(new URL('requests.json?jurisdiction_id=411500', base), {
        method: 'POST',
        body: multipart,
      });
      expect(viaMultipart.status).toBe(201);
      const [created] = (await viaMultipart.json()) as Array<{ service_request_id: string }>;
      const got = (await xinyang.request(created!.service_request_id, 'json')).body as Array<
        Record<string, unknown>
      >;
      expect(got[0]).toMatchObject({ agency_responsible: '信阳交警' });
      const viaJson = await fetch(new URL('requests.xml', base), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ api_key: key, service_code: 'education', address_string: '信阳' }),
      });
      expect(viaJson.status).toBe(201);
      const noKey = await fetch(new URL('requests.json', base), {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'api_key=x',
      });
      expect(noKey.status).toBe(400);
      expect(violations('errors.json', await noKey.json())).toEqual([]);
    });

    it('api_key: missing, wrong and revoked keys are 403', async () => {
      const fields = { service_code: 'education', address_string: '信阳' };
      await expectError((f) => create(fields, f, client, null), 403, 'OPEN311_API_KEY_REQUIRED');
      await expectError((f) => create(fields, f, client, ''), 403, 'OPEN311_API_KEY_REQUIRED');
      await expectError((f) => create(fields, f, client, 'o311_not-a-key'), 403, 'OPEN311_API_KEY_INVALID');
      const old = await issueOpen311Key(ctx.db, { name: 'old client' });
      await revokeOpen311Key(ctx.db.k, old.id, Date.now());
      await expectError((f) => create(fields, f, client, old.key), 403, 'OPEN311_API_KEY_INVALID');
    });

    it('service, location, attributes, fields and jurisdiction are checked', async () => {
      await expectError(
        (f) => create({ service_code: '', address_string: 'x' }, f),
        400,
        'OPEN311_SERVICE_CODE_REQUIRED',
      );
      await expectError(
        (f) => create({ service_code: 'nope', address_string: 'x' }, f),
        404,
        'OPEN311_SERVICE_NOT_FOUND',
      );
      await expectError((f) => create({ service_code: 'education' }, f), 400, 'OPEN311_LOCATION_REQUIRED');
      await expectError(
        (f) => create({ service_code: 'education', lat: 32.1 }, f),
        400,
        'OPEN311_LOCATION_INVALID',
      );
      await expectError(
        (f) => create({ service_code: 'education', lat: 91, long: 114 }, f),
        400,
        'OPEN311_LOCATION_INVALID',
      );
      await expectError(
        (f) => create({ service_code: 'education', lat: 'north', long: '114' }, f),
        400,
        'OPEN311_LOCATION_INVALID',
      );
      // Every attribute problem is reported.
      const errors = await expectError(
        (f) =>
          create(
            {
              service_code: 'o311-test',
              address_string: '信阳',
              attributes: {
                severity: 'extreme',
                count: 'many',
                seen_at: '2026-12-01 08:00',
                kinds: ['parking', 'flying'],
              },
            },
            f,
          ),
        400,
        'OPEN311_ATTRIBUTE_INVALID',
      );
      expect(errors.map((e) => e.code).sort()).toEqual([
        'OPEN311_ATTRIBUTE_INVALID',
        'OPEN311_ATTRIBUTE_INVALID',
        'OPEN311_ATTRIBUTE_INVALID',
        'OPEN311_ATTRIBUTE_INVALID',
        'OPEN311_ATTRIBUTE_REQUIRED',
      ]);
      expect(errors.find((e) => e.code === 'OPEN311_ATTRIBUTE_REQUIRED')!.description).toContain('plate');
      await expectError(
        (f) =>
          create({ service_code: 'o311-test', address_string: '信阳', attributes: { plate: '豫S1' } }, f),
        400,
        'OPEN311_ATTRIBUTE_REQUIRED',
      );
      await expectError(
        (f) =>
          create({ service_code: 'education', address_string: '信阳', media_url: 'javascript:alert(1)' }, f),
        400,
        'OPEN311_FIELD_INVALID',
      );
      await expectError(
        (f) => create({ service_code: 'education', address_string: '信阳', email: 'not-an-email' }, f),
        400,
        'OPEN311_FIELD_INVALID',
      );
      await expectError(
        (f) =>
          create({ service_code: 'education', address_string: '信阳', description: '长'.repeat(4001) }, f),
        400,
        'OPEN311_FIELD_INVALID',
      );
      const nowhere = new Open311Client(base, { apiKey: key, jurisdictionId: '999999' });
      await expectError(
        (f) => create({ service_code: 'education', address_string: '信阳' }, f, nowhere),
        404,
        'OPEN311_JURISDICTION_NOT_FOUND',
      );
    });

    it('limits how fast one key creates requests (429 in the Open311 format)', async () => {
      const busy = await issueOpen311Key(ctx.db, { name: 'busy client' });
      // 30 a minute in fixed windows: the 31st in a window is refused (a window may turn over
      // during the loop, so the first refusal comes after 30 to 60 requests).
      const statuses: number[] = [];
      while (!statuses.includes(429) && statuses.length < 70) {
        const res = await create({ service_code: 'education' }, 'json', client, busy.key);
        statuses.push(res.status);
        if (res.status === 429) expect(violations('errors.json', res.body)).toEqual([]);
      }
      const first = statuses.indexOf(429);
      expect(first).toBeGreaterThanOrEqual(30);
      expect(first).toBeLessThanOrEqual(60);
      expect(statuses.slice(0, first).every((s) => s === 400)).toBe(true);
      const limited = await create({ service_code: 'education' }, 'xml', client, busy.key);
      expect(limited.status).toBe(429);
      expect(limited.text).toContain('<code>RATE_LIMITED</code>');
      // Another key is not affected.
      const other = (await issueOpen311Key(ctx.db, { name: 'other client' })).key;
      expect((await create({ service_code: 'education' }, 'json', client, other)).status).toBe(400);
    });
  });

  describe('reading requests', () => {
    let openId: string;
    let closedId: string;

    beforeAll(async () => {
      // A fresh key: the tests above used up the first key's rate.
      const fresh = (await issueOpen311Key(ctx.db, { name: 'reader client' })).key;
      const plain = new Open311Client(base, { apiKey: fresh });
      const local = new Open311Client(base, { apiKey: fresh, jurisdictionId: '411500' });
      const make = async (c: Open311Client, description: string) => {
        const res = await create(
          { service_code: 'traffic-violation', lat: 32.1, long: 114.1, description },
          'json',
          c,
        );
        expect(res.status, res.text).toBe(201);
        return (res.body as Array<{ service_request_id: string }>)[0]!.service_request_id;
      };
      openId = await make(local, '一个仍在办理的请求');
      closedId = await make(plain, '一个已经答复的请求');
      await ctx.db.k
        .updateTable('cases')
        .set({
          status: 'answered',
          answer: '已安排清理，感谢反映。',
          answered_at: Date.now(),
          updated_at: Date.now(),
        })
        .where('tracking_no', '=', closedId)
        .execute();
    });

    it('lists the last 90 days by default, newest first; status maps to open/closed with notes', async () => {
      const { json } = await bothFormats((f) => client.requests({}, f), 'requests.json');
      const list = json.body as Array<Record<string, unknown>>;
      const idsListed = list.map((r) => r.service_request_id);
      expect(idsListed).toContain(openId);
      expect(idsListed).toContain(closedId);
      expect(idsListed.indexOf(closedId)).toBeLessThan(idsListed.indexOf(openId));
      const times = list.map((r) => Date.parse(r.requested_datetime as string));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(list.find((r) => r.service_request_id === closedId)).toMatchObject({
        status: 'closed',
        status_notes: '已安排清理，感谢反映。',
        service_notice: null,
      });
      expect(list.find((r) => r.service_request_id === openId)).toMatchObject({
        status: 'open',
        status_notes: '已收到，等待部门受理',
      });
      for (const r of list) expect(r.requested_datetime).toMatch(/Z$/);
    });

    it('cases filed in the app show no description or place; reports never appear', async () => {
      const list = (await client.requests({}, 'json')).body as Array<Record<string, unknown>>;
      const appCase = list.find((r) => r.service_request_id === appCaseNo);
      expect(appCase).toMatchObject({
        description: null,
        address: null,
        lat: null,
        long: null,
        media_url: null,
        agency_responsible: '信阳市信访局',
      });
      expect(list.map((r) => r.service_request_id)).not.toContain(reportNo);
      await expectError((f) => client.request(reportNo, f), 404, 'OPEN311_REQUEST_NOT_FOUND');
      const text = (await client.requests({}, 'xml')).text;
      expect(text).not.toContain('身份证');
    });

    it('filters: ids (overriding the rest), service codes, status, dates, jurisdiction', async () => {
      const byIds = await bothFormats(
        (f) =>
          client.requests(
            { service_request_id: [openId, closedId], status: 'closed', service_code: 'education' },
            f,
          ),
        'requests.json',
      );
      expect(
        (byIds.json.body as Array<{ service_request_id: string }>).map((r) => r.service_request_id).sort(),
      ).toEqual([openId, closedId].sort());
      const closed = (await client.requests({ status: 'closed' }, 'json')).body as Array<{
        status: string;
        service_request_id: string;
      }>;
      expect(closed.every((r) => r.status === 'closed')).toBe(true);
      expect(closed.map((r) => r.service_request_id)).toContain(closedId);
      const open = await bothFormats(
        (f) => client.requests({ status: 'open', service_code: 'traffic-violation' }, f),
        'requests.json',
      );
      expect(
        (open.json.body as Array<{ service_request_id: string }>).map((r) => r.service_request_id),
      ).toEqual([openId]);
      const both = (
        await client.requests(
          { status: 'open,closed', service_code: ['traffic-violation', 'education'] },
          'json',
        )
      ).body as unknown[];
      expect(both.length).toBeGreaterThanOrEqual(3);
      // Dates: a window before everything is empty; one around now holds them.
      const past = await bothFormats(
        (f) =>
          client.requests({ start_date: '2025-01-01T00:00:00Z', end_date: '2025-02-01T00:00:00+08:00' }, f),
        'requests.json',
      );
      expect(past.json.body).toEqual([]);
      const hour = 3_600_000;
      const around = (
        await client.requests(
          {
            start_date: new Date(Date.now() - hour).toISOString(),
            end_date: new Date(Date.now() + hour).toISOString(),
            service_code: 'traffic-violation',
          },
          'json',
        )
      ).body as unknown[];
      expect(around).toHaveLength(2);
      const onlyStart = (
        await client.requests({ start_date: new Date(Date.now() - hour).toISOString() }, 'json')
      ).body as unknown[];
      expect(onlyStart.length).toBeGreaterThanOrEqual(2);
      // Jurisdiction: 信阳 holds the requests filed for it (and the app case in 浉河区), not the others.
      const local = (await xinyang.requests({}, 'json')).body as Array<{ service_request_id: string }>;
      expect(local.map((r) => r.service_request_id)).toContain(openId);
      expect(local.map((r) => r.service_request_id)).toContain(appCaseNo);
      expect(local.map((r) => r.service_request_id)).not.toContain(closedId);
      // Empty optional parameters answer like absent ones.
      const empty = (await client.requests({ status: '', service_code: '', start_date: '' }, 'json')).body;
      expect(empty).toEqual((await client.requests({}, 'json')).body);
    });

    it('bad dates, ranges and statuses are 400', async () => {
      await expectError(
        (f) => client.requests({ start_date: '2026-12-01T00:00:00' }, f),
        400,
        'OPEN311_DATE_INVALID',
      );
      await expectError((f) => client.requests({ end_date: 'yesterday' }, f), 400, 'OPEN311_DATE_INVALID');
      await expectError(
        (f) => client.requests({ start_date: '2026-12-02T00:00:00Z', end_date: '2026-12-01T00:00:00Z' }, f),
        400,
        'OPEN311_DATE_RANGE',
      );
      await expectError(
        (f) => client.requests({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-12-01T00:00:00Z' }, f),
        400,
        'OPEN311_DATE_RANGE',
      );
      await expectError((f) => client.requests({ status: 'pending' }, f), 400, 'OPEN311_STATUS_INVALID');
    });

    it('one request is an array of one; unknown ids are 404', async () => {
      const { json } = await bothFormats((f) => client.request(closedId, f), 'requests.json');
      expect(json.body).toHaveLength(1);
      await expectError((f) => client.request('SQ20990101-999999', f), 404, 'OPEN311_REQUEST_NOT_FOUND');
      // Outside the jurisdiction it is not there either.
      await expectError((f) => xinyang.request(closedId, f), 404, 'OPEN311_REQUEST_NOT_FOUND');
    });

    it('tokens resolve to their request; unknown tokens are 404', async () => {
      const row = await ctx.db.k
        .selectFrom('cases')
        .select('open311_token')
        .where('tracking_no', '=', openId)
        .executeTakeFirstOrThrow();
      expect(row.open311_token).toBeTruthy();
      const { json } = await bothFormats((f) => client.token(row.open311_token!, f), 'token.json');
      expect(json.body).toEqual([{ service_request_id: openId, token: row.open311_token }]);
      await expectError((f) => client.token('no-such-token', f), 404, 'OPEN311_TOKEN_NOT_FOUND');
    });
  });
});
