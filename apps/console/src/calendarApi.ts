/** Console calls of the official working calendar (docs/API.md "Official calendar"). */
import { api } from '../../shared/http';
import type { ApiBody, ApiResponse } from '../../shared/types';

export type CalendarYear = ApiResponse<'/api/calendar/{year}', 'get'>;
export type CalendarDay = CalendarYear['days'][number];
export type CalendarKind = CalendarDay['kind'];
export type ReplaceYearInput = ApiBody<'/api/console/calendar/{year}', 'put'>;

export const getCalendarYear = (year: number) => api<CalendarYear>('GET', `/api/calendar/${year}`);
export const saveCalendarYear = (year: number, input: ReplaceYearInput) =>
  api<CalendarYear>('PUT', `/api/console/calendar/${year}`, input);
