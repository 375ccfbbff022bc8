/** Thin handlers of citizen sign-in: validate → one use case → present. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { clearSessionCookie, setSessionCookie } from '../../infra/auth/sessions.js';
import { clientBucket, enforceRateLimit } from '../../infra/ratelimit/limiter.js';
import { presentCitizen } from './presenters.js';
import { CitizensRepository } from './repository.js';
import { getSessionSchema, requestOtpSchema, signInSchema, signOutSchema } from './schema.js';
import {
  normalizePhone,
  OTP_SENDS_PER_CLIENT,
  requestOtp,
  SIGN_INS_PER_CLIENT,
  verifyOtp,
  type SignInDeps,
} from './sign-in.js';

export const citizenAuthRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const signIn: SignInDeps = {
    repo: new CitizensRepository(deps.database),
    clock: deps.clock,
    sms: deps.sms,
    pseudonymKey: deps.secrets.pseudonymKey,
  };

  app.post('/api/auth/otp', { schema: requestOtpSchema }, async (req, reply) => {
    // A wrong number sends nothing, so only well-formed requests use up the address's budget.
    normalizePhone(req.body.phone);
    await enforceRateLimit(deps.rateLimiter, reply, OTP_SENDS_PER_CLIENT, clientBucket(req.ip));
    return requestOtp(signIn, req.body);
  });

  app.post('/api/auth/session', { schema: signInSchema }, async (req, reply) => {
    await enforceRateLimit(deps.rateLimiter, reply, SIGN_INS_PER_CLIENT, clientBucket(req.ip));
    const citizen = await verifyOtp(signIn, req.body);
    // A new sign-in replaces whatever session this browser had.
    if (req.citizenSession) await deps.sessions.destroy(req.citizenSession.token);
    const { token, csrfToken } = await deps.sessions.create('citizen', citizen.id, deps.clock.now());
    setSessionCookie(reply, 'citizen', token, deps.config.secureCookies);
    return { citizen: presentCitizen(citizen.phone), csrfToken };
  });

  app.get('/api/auth/session', { schema: getSessionSchema }, async (req) => ({
    citizen: req.citizen ? presentCitizen(req.citizen.phone) : null,
    csrfToken: req.citizenSession?.csrfToken ?? null,
  }));

  app.delete('/api/auth/session', { schema: signOutSchema }, async (req, reply) => {
    if (req.citizenSession) await deps.sessions.destroy(req.citizenSession.token);
    clearSessionCookie(reply, 'citizen');
    return reply.status(204).send(null);
  });
};
