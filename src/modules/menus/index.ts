import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { AppError, errorBody } from '../../infra/errors.js';
import { langOf } from '../../infra/http/errors.js';
import type { AnyMenuError } from './menuSet.js';
import { describeMenuError, summarizeMenuErrors } from './messages.js';
import { menuRoutes } from './routes.js';

/**
 * The menus module: each account's WeChat-style custom menu, its conditional variants and
 * the service pages its buttons open (docs/API.md).
 *
 * A refused menu's message names the button and the limit ("一级菜单「…」的名称超过 16 字节"),
 * which the catalogue's fixed sentence cannot; so MENU_INVALID is worded here, from what was
 * sent, and every other error goes on to the application's handler.
 */
export const menusModule: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.setErrorHandler((err, req, reply) => {
    if (!(err instanceof AppError) || err.code !== 'MENU_INVALID') throw err;
    const lang = langOf(req);
    const errors = (err.details?.errors ?? []) as AnyMenuError[];
    const body = errorBody(err, lang);
    body.error.message = summarizeMenuErrors(errors, req.body, lang);
    body.error.details = {
      errors: errors.map((e) => ({ ...e, message: describeMenuError(e, req.body, lang) })),
    };
    return reply.status(err.status).send(body);
  });
  await app.register(menuRoutes, deps);
};
