/**
 * Builds the HTTP application without listening (tests use `inject()`; main.ts listens).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppDeps } from './deps.js';
import { installAuthHooks } from './infra/auth/hooks.js';
import { AppError, errorBody } from './infra/errors.js';
import { installErrorHandling, langOf } from './infra/http/errors.js';
import { installValidation } from './infra/http/validation.js';
import { accountsModule } from './modules/accounts/index.js';
import { auditModule } from './modules/audit/index.js';
import { autoRepliesModule } from './modules/autoreplies/index.js';
import { calendarModule } from './modules/calendar/index.js';
import { casesModule } from './modules/cases/index.js';
import { caseworkModule } from './modules/casework/index.js';
import { casesAdminModule } from './modules/casesadmin/index.js';
import { audienceModule } from './modules/audience/index.js';
import { citizensModule } from './modules/citizens/index.js';
import { conversationsModule } from './modules/conversations/index.js';
import { engagementModule } from './modules/engagement/index.js';
import { fakeReportsModule } from './modules/fakereports/index.js';
import { guardModule } from './modules/guard/index.js';
import { feedModule } from './modules/feed/index.js';
import { followsModule } from './modules/follows/index.js';
import { menusModule } from './modules/menus/index.js';
import { notificationsModule } from './modules/notifications/index.js';
import { open311Module } from './modules/open311/index.js';
import { publishingModule } from './modules/publishing/index.js';
import { pushesModule } from './modules/pushes/index.js';
import { webPushModule } from './modules/webpush/index.js';
import { responseClockModule } from './modules/responseclock/index.js';
import { reviewModule } from './modules/review/index.js';
import { staffModule } from './modules/staff/index.js';
import { screeningModule } from './modules/screening/index.js';
import { verificationModule } from './modules/verification/index.js';
import { signingModule } from './modules/signing/index.js';
import { caseStatsModule } from './modules/casestats/index.js';

export interface BuildOptions {
  /** pino options or false; tests pass false. */
  logger?: boolean | object;
  /** Built web apps (citizen at /, console at /console/); skipped when absent. */
  webDir?: string;
}

/** A hop count becomes proxy-addr's trust function (Fastify's types only name the other forms). */
function trustProxyOption(
  v: boolean | number | string,
): boolean | string | ((addr: string, hop: number) => boolean) {
  return typeof v === 'number' ? (_addr, hop) => hop < v : v;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** dist/web next to the compiled server, or at the repository root when run from source. */
export function defaultWebDir(): string {
  const candidates = [path.resolve(here, '../web'), path.resolve(here, '../dist/web')];
  return candidates.find((c) => fs.existsSync(path.join(c, 'citizen', 'index.html'))) ?? candidates[1]!;
}

export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(deps.config.trustProxy),
    // Long-lived SSE streams and idle keep-alive sockets must not hold up shutdown.
    forceCloseConnections: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  installErrorHandling(app);
  installValidation(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: '政微 Zhengwei API',
        description: 'Native REST API of Zhengwei. 政微原生接口。',
        version: '0.1.0',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  installAuthHooks(app, deps);

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await deps.database.k.selectFrom('meta').select('key').limit(1).execute();
    return { status: 'ok' };
  });

  await app.register(staffModule, deps);
  await app.register(accountsModule, deps);
  await app.register(citizensModule, deps);
  await app.register(followsModule, deps);
  await app.register(publishingModule, deps);
  await app.register(feedModule, deps);
  await app.register(menusModule, deps);
  await app.register(audienceModule, deps);
  await app.register(auditModule, deps);
  await app.register(autoRepliesModule, deps);
  await app.register(responseClockModule, deps);
  await app.register(notificationsModule, deps);
  await app.register(conversationsModule, deps);
  await app.register(engagementModule, deps);
  await app.register(pushesModule, deps);
  await app.register(webPushModule, deps);
  await app.register(reviewModule, deps);
  await app.register(screeningModule, deps);
  await app.register(verificationModule, deps);
  await app.register(signingModule, deps);
  await app.register(fakeReportsModule, deps);
  await app.register(guardModule, deps);
  await app.register(calendarModule, deps);
  await app.register(casesModule, deps);
  await app.register(casesAdminModule, deps);
  await app.register(caseStatsModule, deps);
  await app.register(open311Module, deps);
  await app.register(caseworkModule, deps);

  registerWebApps(app, opts.webDir ?? defaultWebDir());
  return app;
}

function registerWebApps(app: FastifyInstance, webDir: string): void {
  const citizen = path.join(webDir, 'citizen');
  const consoleDir = path.join(webDir, 'console');
  const hasCitizen = fs.existsSync(path.join(citizen, 'index.html'));
  const hasConsole = fs.existsSync(path.join(consoleDir, 'index.html'));
  if (hasCitizen)
    void app.register(fastifyStatic, { root: citizen, prefix: '/', wildcard: false, index: false });
  if (hasConsole)
    void app.register(fastifyStatic, {
      root: consoleDir,
      prefix: '/console/',
      decorateReply: !hasCitizen,
      wildcard: false,
      index: false,
    });

  // Unknown API paths get a structured error; other paths are client-side routes of the apps.
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    const isAsset = /\.[a-z0-9]+$/i.test(url);
    if (req.method === 'GET' && !url.startsWith('/api/') && !isAsset) {
      if (url.startsWith('/console') && hasConsole) return sendIndex(reply, consoleDir);
      if (!url.startsWith('/console') && hasCitizen) return sendIndex(reply, citizen);
    }
    const err = new AppError(url.startsWith('/api/') ? 'ROUTE_NOT_FOUND' : 'NOT_FOUND');
    return reply.status(err.status).send(errorBody(err, langOf(req)));
  });
}

function sendIndex(reply: import('fastify').FastifyReply, dir: string) {
  // index.html must never be cached: it names the hashed bundles of the current build.
  return reply
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8')
    .send(fs.createReadStream(path.join(dir, 'index.html')));
}
