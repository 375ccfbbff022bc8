import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';

/** The accounts module: routes are registered here (see docs/API.md). */
export const accountsModule: FastifyPluginAsyncTypebox<AppDeps> = async (_app, _deps) => {};
