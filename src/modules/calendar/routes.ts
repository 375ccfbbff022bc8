/** Routes of the official working calendar (docs/API.md, "Official calendar"). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../deps.js';
import { requireStaff } from '../../infra/auth/hooks.js';
import { requirePlatformAdmin } from '../../infra/auth/principal.js';
import { toCalendarYear } from './presenters.js';
import { replaceYear } from './replaceYear.js';
import { CalendarRepository } from './repository.js';
import { getYearSchema, replaceYearSchema } from './schema.js';

export const calendarRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const repo = CalendarRepository.of(deps.database);

  // Public: the citizen app counts working time down with it, signed in or not.
  app.get('/api/calendar/:year', { schema: getYearSchema }, async (req) => {
    return toCalendarYear(req.params.year, await repo.yearDays(req.params.year));
  });

  app.put('/api/console/calendar/:year', { schema: replaceYearSchema }, async (req) => {
    const staff = requireStaff(req);
    requirePlatformAdmin(staff);
    return replaceYear(repo, {
      year: req.params.year,
      days: req.body.days,
      actorId: staff.userId,
      now: deps.clock.now(),
    });
  });
};
