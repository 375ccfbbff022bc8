/** Console sign-in, session and password (docs/API.md, console section). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { clearSessionCookie, setSessionCookie } from '../../infra/auth/sessions.js';
import { AppError } from '../../infra/errors.js';
import { changePassword } from './changePassword.js';
import { getStaffSession } from './getStaffSession.js';
import { StaffRepository } from './repository.js';
import { changePasswordSchema, getSessionSchema, signInSchema, signOutSchema } from './schema.js';
import { signIn } from './signIn.js';

export const sessionRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = StaffRepository.of(deps.database);

  app.post('/api/console/session', { schema: signInSchema }, async (req, reply) => {
    let user;
    try {
      user = await signIn(repo, { ...req.body, now: deps.clock.now() });
    } catch (err) {
      if (err instanceof AppError && err.code === 'RATE_LIMITED') {
        reply.header('retry-after', String(err.details?.retryAfterSec ?? 900));
      }
      throw err;
    }
    // A new sign-in replaces whatever session this browser had.
    if (req.staffSession) await deps.sessions.destroy(req.staffSession.token);
    const { token, csrfToken } = await deps.sessions.create('staff', user.id, deps.clock.now());
    setSessionCookie(reply, 'staff', token, deps.config.secureCookies);
    return getStaffSession(repo, user.id, csrfToken);
  });

  app.get('/api/console/session', { schema: getSessionSchema }, async (req) => {
    const staff = requireStaff(req);
    return getStaffSession(repo, staff.userId, req.staffSession!.csrfToken);
  });

  // Signing out is idempotent: a browser without a live session is already signed out.
  app.delete('/api/console/session', { schema: signOutSchema }, async (req, reply) => {
    if (req.staffSession) await deps.sessions.destroy(req.staffSession.token);
    clearSessionCookie(reply, 'staff');
    return reply.status(204).send();
  });

  app.post('/api/console/password', { schema: changePasswordSchema }, async (req, reply) => {
    const staff = requireStaff(req);
    await changePassword(repo, {
      userId: staff.userId,
      currentPassword: req.body.currentPassword,
      newPassword: req.body.newPassword,
      sessionToken: req.staffSession?.token ?? null,
      now: deps.clock.now(),
    });
    return reply.status(204).send();
  });
};
