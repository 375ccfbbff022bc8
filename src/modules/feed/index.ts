import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';

/** The feed module: routes are registered here (see docs/API.md). */
export const feedModule: FastifyPluginAsyncTypebox<AppDeps> = async (_app, _deps) => {};
