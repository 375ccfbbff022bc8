/**
 * Resolves the staff and citizen sessions of each request from their cookies, and enforces
 * CSRF: a state-changing request that rides on a session cookie must echo that session's
 * token in `X-CSRF-Token`. Routes then call `requireStaff` / `requireCitizen`.
 */
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { safeEqual } from '../crypto.js';
import { AppError } from '../errors.js';
import { loadStaffPrincipal, type CitizenPrincipal, type StaffPrincipal } from './principal.js';
import { COOKIE, type SessionStore } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffPrincipal | null;
    staffSession: { token: string; csrfToken: string } | null;
    citizen: CitizenPrincipal | null;
    citizenSession: { token: string; csrfToken: string } | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function installAuthHooks(
  app: FastifyInstance,
  deps: { database: Database; sessions: SessionStore; clock: Clock },
): void {
  app.decorateRequest('staff', null);
  app.decorateRequest('staffSession', null);
  app.decorateRequest('citizen', null);
  app.decorateRequest('citizenSession', null);

  app.addHook('onRequest', async (req) => {
    // Static files and public pages need no session look-up.
    if (!req.url.startsWith('/api/')) return;
    const now = deps.clock.now();
    const staffToken = req.cookies[COOKIE.staff];
    if (staffToken) {
      const s = await deps.sessions.find('staff', staffToken, now);
      const principal = s ? await loadStaffPrincipal(deps.database, s.subjectId) : null;
      if (s && principal) {
        req.staff = principal;
        req.staffSession = { token: staffToken, csrfToken: s.csrfToken };
      }
    }
    const citizenToken = req.cookies[COOKIE.citizen];
    if (citizenToken) {
      // Remembered for a few seconds (sessions.ts, CITIZEN_SESSION_CACHE_MS): citizens send often.
      const s = await deps.sessions.findCitizen(citizenToken, now);
      if (s) {
        req.citizen = { citizenId: s.citizenId, phone: s.phone };
        req.citizenSession = { token: citizenToken, csrfToken: s.csrfToken };
      }
    }
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      const sent = typeof header === 'string' ? header : '';
      for (const session of [req.staffSession, req.citizenSession]) {
        if (session && !safeEqual(sent, session.csrfToken)) throw new AppError('CSRF_FAILED');
      }
    }
  });
}

export function requireStaff(req: FastifyRequest): StaffPrincipal {
  if (!req.staff) throw new AppError('UNAUTHENTICATED');
  return req.staff;
}

export function requireCitizen(req: FastifyRequest): CitizenPrincipal {
  if (!req.citizen) throw new AppError('UNAUTHENTICATED');
  return req.citizen;
}
