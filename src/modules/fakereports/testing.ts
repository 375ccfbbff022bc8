/** Test helpers of fake-account reports: signed-in people and the API as they call it. */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import type { AppDeps } from '../../deps.js';
import { buildCitizen, buildStaff, sessionHeaders } from '../../test/factories.js';

type SessionHeaders = Record<string, string>;
import { solidPng } from '../publishing/png.js';
import { multipartBody } from '../publishing/testing.js';

export async function signedInCitizen(db: Database, deps: AppDeps) {
  const c = await buildCitizen(db);
  return {
    id: c.id,
    phone: c.phone,
    headers: { ...(await sessionHeaders(deps.sessions, 'citizen', c.id)) } as SessionHeaders,
  };
}

export async function platformAdmin(db: Database, deps: AppDeps) {
  const u = await buildStaff(db, { isPlatformAdmin: true });
  return { id: u.id, headers: { ...(await sessionHeaders(deps.sessions, 'staff', u.id)) } as SessionHeaders };
}

let colour = 0;
/** A small PNG, different each call (identical bytes would share a storage key). */
export function screenshotPng(): Buffer {
  colour++;
  return solidPng(40, 60, [colour % 256, (colour >> 8) % 256, 90]);
}

export function reportsApi(app: FastifyInstance) {
  return {
    upload(headers: SessionHeaders, content: Buffer = screenshotPng(), type = 'image/png') {
      const { payload, contentType } = multipartBody('file', 'shot.png', content, type);
      return app.inject({
        method: 'POST',
        url: '/api/fake-reports/screenshots',
        headers: { ...headers, 'content-type': contentType },
        payload,
      });
    },
    file(headers: SessionHeaders, body: Record<string, unknown>) {
      return app.inject({ method: 'POST', url: '/api/fake-reports', headers, payload: body });
    },
    mine(headers: SessionHeaders) {
      return app.inject({ method: 'GET', url: '/api/me/fake-reports', headers });
    },
    seen(headers: SessionHeaders) {
      return app.inject({ method: 'POST', url: '/api/me/fake-reports/seen', headers });
    },
    groups(headers: SessionHeaders, query = '') {
      return app.inject({ method: 'GET', url: `/api/console/fake-reports${query}`, headers });
    },
    account(headers: SessionHeaders, accountId: number) {
      return app.inject({ method: 'GET', url: `/api/console/fake-reports/accounts/${accountId}`, headers });
    },
    decide(headers: SessionHeaders, accountId: number, action: string, reason = '经核实处理') {
      return app.inject({
        method: 'POST',
        url: `/api/console/fake-reports/accounts/${accountId}/decision`,
        headers,
        payload: { action, reason },
      });
    },
  };
}
