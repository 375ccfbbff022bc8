import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';

/** The staff module: routes are registered here (see docs/API.md). */
export const staffModule: FastifyPluginAsyncTypebox<AppDeps> = async (_app, _deps) => {};
