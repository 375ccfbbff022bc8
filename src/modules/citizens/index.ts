import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';

/** The citizens module: routes are registered here (see docs/API.md). */
export const citizensModule: FastifyPluginAsyncTypebox<AppDeps> = async (_app, _deps) => {};
