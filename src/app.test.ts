import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from './test/databases.js';
import { buildTestApp } from './test/app.js';

describeEachDatabase('application shell', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers /healthz once ready', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('gives unknown API routes a structured error in Chinese by default and English on request', async () => {
    const zh = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(zh.statusCode).toBe(404);
    expect(zh.json().error.code).toBe('ROUTE_NOT_FOUND');
    expect(zh.json().error.message).toBe('接口不存在');
    const en = await app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en-US,en' },
    });
    expect(en.json().error.message).toBe('No such endpoint');
  });

  it('serves the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toMatch(/^3\./);
  });
});
