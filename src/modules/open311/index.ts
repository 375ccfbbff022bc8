import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { open311Routes } from './routes.js';

/** Open311 GeoReport v2 over the cases (docs/API.md "Open311"). */
export const open311Module: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  await app.register(open311Routes, deps);
};
