import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';

/** The follows module: routes are registered here (see docs/API.md). */
export const followsModule: FastifyPluginAsyncTypebox<AppDeps> = async (_app, _deps) => {};
